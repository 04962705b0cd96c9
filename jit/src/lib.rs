//! rumba-jit: a tracing JIT for Rumba's interpreter.
//!
//! `record` (the recorder) -> `ir` (typed SSA with snapshots) -> `opt`
//! (passes) -> `backend::x64` (dynasm) -> `exit` (helpers, state rebuilt
//! at exits). `Jit` ties them to the VM through `JitHook`; `dump` prints
//! what `--jit-dump` shows. On targets other than x86-64 `new_hook`
//! returns the interpreter-only hook and the rest is compiled out.

pub mod dump;
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

use rumba_vm::hook::JitHook;

/// What the command line asks of the JIT.
#[derive(Clone, Debug)]
pub struct JitOptions {
    pub threshold: u32,
    /// `--jit-log`: trace events on stderr.
    pub log: bool,
    /// `--jit-dump`: IR and machine code of each trace on stderr.
    pub dump: bool,
}

impl Default for JitOptions {
    fn default() -> Self {
        JitOptions {
            threshold: params::HOT_LOOP,
            log: false,
            dump: false,
        }
    }
}

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
