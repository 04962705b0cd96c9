//! rumba-jit: a tracing JIT for Rumba's interpreter.
//!
//! `record` (the recorder) -> `ir` (typed SSA with snapshots) -> `opt`
//! (passes) -> `backend::x64` (dynasm) -> `exit` (helpers, state rebuilt
//! at exits). `Jit` ties them to the VM through `JitHook`; `dump` prints
//! what `--jit-dump` shows. On targets other than x86-64 `new_hook`
//! returns the interpreter-only hook and the rest is compiled out.

pub mod abort;
pub mod dump;
pub mod fixed_hash;
pub mod ir;
pub mod opt;
pub mod params;

#[cfg(target_arch = "x86_64")]
pub mod backend;
#[cfg(target_arch = "x86_64")]
pub mod exit;
#[cfg(target_arch = "x86_64")]
pub mod record;
#[cfg(target_arch = "x86_64")]
mod tracer;
pub mod words;

use rumba_vm::hook::JitHook;

pub use rumba_vm::hook::JitOptions;

/// The JIT as the VM's hook (the interpreter alone where there is no
/// backend).
pub fn new_hook(options: JitOptions) -> Box<dyn JitHook> {
    #[cfg(target_arch = "x86_64")]
    {
        match tracer::Jit::new(options) {
            Ok(jit) => Box::new(jit),
            Err(e) => {
                log::warn!("JIT unavailable ({e}); interpreting");
                Box::new(rumba_vm::hook::NoJit)
            }
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = options;
        Box::new(rumba_vm::hook::NoJit)
    }
}
