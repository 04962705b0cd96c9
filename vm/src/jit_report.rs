//! What the JIT did in a run, as plain data for a learner: every hot loop
//! and function with what became of it, every trace with its IR, machine
//! code and exits, each row tied to its source line, and a timeline. The
//! JIT hook fills it (`JitHook::report`), the `rumba --explain` page and
//! the `--jit-log` summary show it; all text in it is in plain words.

use crate::bytecode::CodeId;

/// Everything, in the order things happened.
#[derive(Clone, Debug, Default)]
pub struct JitReport {
    pub loops: Vec<LoopReport>,
    pub traces: Vec<TraceReport>,
    pub events: Vec<JitEvent>,
    /// Seconds spent recording, compiling and running compiled code, by
    /// slice of the run (`TIMELINE_SLICE` seconds each); the rest of each
    /// slice was interpreting.
    pub timeline: Vec<TimeSlice>,
}

/// The length of one timeline slice, in seconds.
pub const TIMELINE_SLICE: f64 = 0.01;

/// A loop header or a function entry that became hot.
#[derive(Clone, Debug)]
pub struct LoopReport {
    pub code: CodeId,
    /// The function it is in (`<module>` at the top level).
    pub function: String,
    pub line: u32,
    /// A function's entry (hot through calls: recursion) rather than a loop.
    pub is_function: bool,
    /// The trace that runs it, if one was compiled.
    pub trace: Option<u32>,
    pub aborts: u32,
    pub blacklisted: bool,
    /// What the last failed recording ran into, in plain words.
    pub last_abort: Option<String>,
    /// One sentence: compiled as trace 3; not compiled because ...
    pub status: String,
}

/// A compiled trace.
#[derive(Clone, Debug)]
pub struct TraceReport {
    pub id: u32,
    /// Where it starts.
    pub code: CodeId,
    pub line: u32,
    /// What it is, in words: the loop at line 5; a side trace of trace 2's
    /// exit 4; the entry of fib().
    pub what: String,
    /// Where it goes at its end, in words.
    pub ends: String,
    pub ir: Vec<Row>,
    pub asm: Vec<Row>,
    pub exits: Vec<ExitReport>,
    pub bytes: usize,
}

/// One line of a listing, with the source line it came from (0: none)
/// and, for machine code, the IR instruction it implements.
#[derive(Clone, Debug)]
pub struct Row {
    pub line: u32,
    pub ir: Option<u32>,
    pub text: String,
}

/// One exit of a trace.
#[derive(Clone, Debug)]
pub struct ExitReport {
    /// Its number among the trace's exits (as `--jit-dump` labels it).
    pub number: u32,
    pub line: u32,
    /// What its guard makes sure of.
    pub guard: String,
    pub taken: u32,
    /// Why it was last taken, when it was.
    pub why: Option<String>,
    /// What became of it: a side trace, or why none.
    pub fate: String,
}

/// Something the JIT did, and when (seconds since the engine began).
#[derive(Clone, Debug)]
pub struct JitEvent {
    pub at: f64,
    pub line: u32,
    pub text: String,
}

/// Where the time of one slice of the run went.
#[derive(Clone, Copy, Debug, Default)]
pub struct TimeSlice {
    pub recording: f64,
    pub compiling: f64,
    pub compiled: f64,
    pub exits: u32,
}
