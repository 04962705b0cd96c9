//! Where a JIT plugs into the interpreter. The VM never names the JIT: the
//! embedding crate installs an implementation of `JitHook`, and the default
//! `NoJit` leaves every loop to the interpreter.
//!
//! The conversation, in order:
//! - each `Loop` instruction counts down from `threshold()`; at zero the
//!   VM calls `loop_hot`, which answers `Record` or how long to wait;
//! - while recording, the VM calls `record` before every instruction, with
//!   the interpreter's state as it is before that instruction runs, until
//!   `record` answers false (trace closed or aborted) or the interpreter
//!   raises (`abandon`);
//! - a loop with a trace installed (`Vm::set_loop_trace`) calls
//!   `run_trace` after its tick instead of counting; the hook leaves the
//!   VM's stack and frames exactly as the interpreter would have them at
//!   the exit and sets the pc of the top frame.

use crate::bytecode::CodeId;
use crate::jit_report::JitReport;
use crate::vm::Vm;

/// What the VM does after `loop_hot`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HotLoop {
    /// Run the loop once more beside the recorder.
    Record,
    /// Count down this many more iterations before asking again.
    Wait(u32),
}

/// What the VM does after `run_trace`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TraceRun {
    /// State restored at an exit: resume interpreting the top frame.
    Resume,
    /// State restored at a hot exit: resume, with the recorder attached
    /// (a side trace starts here).
    ResumeRecording,
}

/// Loop iterations before recording (`--jit-threshold` overrides).
/// LuaJIT uses 56; our interpreter is slower per iteration, so a loop
/// pays back its compile sooner.
pub const HOT_LOOP: u32 = 50;

/// What the command line (or the host) asks of the JIT. Here, beside the
/// hook, so that an engine built without the JIT takes the same options.
#[derive(Clone, Debug)]
pub struct JitOptions {
    pub threshold: u32,
    /// `--jit-log`: trace events on stderr.
    pub log: bool,
    /// `--jit-dump`: IR and machine code of each trace on stderr.
    pub dump: bool,
    /// `--jit-dump-passes`: with `dump`, the IR as recorded and after each
    /// optimization pass too.
    pub dump_passes: bool,
    /// `--explain`: keep what `JitHook::report` gives (events with their
    /// times, where the time went, why each exit was last taken).
    pub explain: bool,
}

impl Default for JitOptions {
    fn default() -> Self {
        JitOptions {
            threshold: HOT_LOOP,
            log: false,
            dump: false,
            dump_passes: false,
            explain: false,
        }
    }
}

pub trait JitHook {
    /// Iterations of a loop header before `loop_hot` is called.
    fn threshold(&self) -> u32;

    /// A loop header's countdown reached zero. `pc` is the instruction
    /// after the `Loop`, the first one the recorder would see.
    fn loop_hot(&mut self, vm: &mut Vm, code: CodeId, loop_id: u32, pc: usize) -> HotLoop;

    /// A function's entry countdown reached zero: the top frame was just
    /// pushed for a call of `code` and is about to run its first
    /// instruction.
    fn function_hot(&mut self, _vm: &mut Vm, _code: CodeId) -> HotLoop {
        HotLoop::Wait(u32::MAX)
    }

    /// Recording: the top frame is about to run the instruction at `pc`.
    /// Returns false when recording is over (the VM goes back to plain
    /// interpreting before running that instruction).
    fn record(&mut self, vm: &mut Vm, pc: usize) -> bool;

    /// Recording ended without the recorder's say (an exception, a native
    /// function calling back into a script).
    fn abandon(&mut self, vm: &mut Vm, why: &str);

    /// While recording: the instruction just recorded raised `e`, which
    /// the interpreter is about to unwind. True when the recording follows
    /// it into its handler (compiled code will catch it as the interpreter
    /// does); false abandons the recording.
    fn raised(&mut self, _vm: &mut Vm, _e: &crate::error::PyError) -> bool {
        false
    }

    /// Runs trace `trace` for the top frame, whose pc is the instruction
    /// after the `Loop` that owns the trace (or 0, for a trace that starts
    /// at the function's entry).
    fn run_trace(&mut self, vm: &mut Vm, trace: u32) -> TraceRun;

    /// One line for `--jit-stats`.
    fn stats_line(&self) -> String {
        "jit-stats: traces=0 side_traces=0 aborts=0 blacklisted=0 exits=0".to_string()
    }

    /// The program is over (for logs that summarize).
    fn finish(&mut self, _vm: &Vm) {}

    /// Drops every compiled trace and what it keeps alive; counting
    /// starts afresh. Called between runs, never while a trace runs.
    fn flush(&mut self, _vm: &mut Vm) {}

    /// What the JIT did so far, for a learner (`--explain`).
    fn report(&self, _vm: &Vm) -> JitReport {
        JitReport::default()
    }
}

/// The interpreter alone: no loop is ever hot.
pub struct NoJit;

impl JitHook for NoJit {
    fn threshold(&self) -> u32 {
        u32::MAX
    }
    fn loop_hot(&mut self, _vm: &mut Vm, _code: CodeId, _loop_id: u32, _pc: usize) -> HotLoop {
        HotLoop::Wait(u32::MAX)
    }
    fn record(&mut self, _vm: &mut Vm, _pc: usize) -> bool {
        false
    }
    fn abandon(&mut self, _vm: &mut Vm, _why: &str) {}
    fn run_trace(&mut self, _vm: &mut Vm, _trace: u32) -> TraceRun {
        TraceRun::Resume
    }
}
