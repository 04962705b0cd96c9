//! Optimization passes over a finished trace, each in its own module,
//! with the verifier run after every pass in debug builds.

pub mod verify;

use crate::ir::IrBuf;

/// Runs the passes in order.
pub fn optimize(ir: &mut IrBuf) -> Result<(), String> {
    verify::verify(ir)?;
    Ok(())
}
