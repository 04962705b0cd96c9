//! Where a JIT plugs into the interpreter. The VM never names the JIT: the
//! embedding crate installs an implementation of `JitHook`, and the default
//! `NoJit` leaves every loop to the interpreter.

use crate::bytecode::CodeId;

pub trait JitHook {
    /// Iterations of a loop header before `loop_hot` is called.
    fn threshold(&self) -> u32;

    /// A loop header's counter passed the threshold.
    fn loop_hot(&mut self, code: CodeId, loop_id: u32);

    /// One line for `--jit-stats`.
    fn stats_line(&self) -> String {
        "jit-stats: traces=0 side_traces=0 aborts=0 blacklisted=0 exits=0".to_string()
    }
}

/// The interpreter alone: no loop is ever hot.
pub struct NoJit;

impl JitHook for NoJit {
    fn threshold(&self) -> u32 {
        u32::MAX
    }
    fn loop_hot(&mut self, _code: CodeId, _loop_id: u32) {}
}
