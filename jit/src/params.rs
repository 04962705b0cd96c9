//! The JIT's tuning knobs, in one place, each with its reason. LuaJIT's
//! defaults (lj_jit.h) are the yardstick.
//!
//! The limits a recording can hit, and the `Abort` each gives
//! (`abort.rs`):
//! - `MAX_RECORD` instructions: `Abort::TraceTooLong`;
//! - `MAX_SNAPSHOTS` snapshots: `Abort::TooManySnapshots`;
//! - `MAX_TRACE_SLOTS` stack slots: `Abort::StackTooDeep`;
//! - `MAX_INLINE_DEPTH` inlined calls: `Abort::InliningTooDeep`;
//! - the VM's recursion limit (`--max-depth`), less the calls the trace
//!   inlines: `Abort::NearRecursionLimit` (the interpreter raises the
//!   `RecursionError` where CPython would);
//! - `MAX_DEFERS` recordings put off: `Abort::Deferred`;
//! - `MAX_SPREAD_ARGS` items spread into a call (`f(*seq)`).
//!
//! `MAX_ABORTS` aborts of one loop blacklist it. Every other abort is the
//! program leaving the recorded path or a construct not compiled yet.

/// Loop iterations before recording: `rumba_vm::hook::HOT_LOOP`, beside
/// `JitOptions` (which an engine built without the JIT takes too).
pub use rumba_vm::hook::HOT_LOOP;

/// Times an exit is taken before a side trace is recorded from it
/// (LuaJIT's hotexit).
pub const HOT_EXIT: u32 = 10;

/// Side-trace attempts from one exit before it is left to the
/// interpreter for good (LuaJIT's tryside): an exit that keeps aborting
/// would otherwise pay for recording again and again.
pub const TRY_SIDE: u32 = 4;

/// Side traces hanging off one root trace (LuaJIT's maxside): stops a
/// trace tree from exploding on megamorphic code.
pub const MAX_SIDE: u32 = 100;

/// Traces at once (LuaJIT's maxtrace); past it, all are dropped and hot
/// code compiles again (`Jit::drop_traces`).
pub const MAX_TRACES: usize = 1000;

/// IR instructions one recording may emit before it aborts
/// (`Abort::TraceTooLong`; LuaJIT's maxrecord): long traces mean unrolled inner loops or
/// deep inlining, both of which run better as separate traces.
pub const MAX_RECORD: usize = 4000;

/// Snapshots per trace (LuaJIT's maxsnap): each one costs an exit stub.
/// Past it, the recording aborts (`Abort::TooManySnapshots`).
pub const MAX_SNAPSHOTS: usize = 500;

/// Rounds of a generator's own loop that one inlined step of the
/// generator may record (a round that skips its `yield`, `if x % 2: yield
/// x`, comes round to the header again): a few keep filtering generators
/// compiled inside the loop that steps them; past them the trace hands
/// over to the interpreter at the header (LuaJIT unrolls an inner loop met
/// in a trace a bounded number of times, its loopunroll).
pub const MAX_GENERATOR_LOOP_ROUNDS: usize = 4;

/// Rounds of short inner loops a recording may unroll (LuaJIT's
/// loopunroll): an inner loop whose own recording left it on its first
/// round (`while lookup[k] < r: k += 1`, which mostly goes round zero or
/// one time) never gets a trace of its own, so a trace of the loop around
/// it goes through its header instead of waiting, as a side trace goes
/// through an outer loop's. Past this many rounds in one recording the
/// loop is not short after all, and the recording waits for its trace.
pub const MAX_INNER_UNROLL: u32 = 15;

/// Script calls inlined into each other while recording (LuaJIT's
/// callunroll is 3 for recursion; plain nesting is cheaper). A deeper
/// call aborts the recording (`Abort::InliningTooDeep`).
pub const MAX_INLINE_DEPTH: usize = 8;

/// Stack slots a trace may use above its root frame's base: the VM
/// reserves this much before entering native code, which writes slots
/// directly at exits. A recording that needs more aborts
/// (`Abort::StackTooDeep`).
pub const MAX_TRACE_SLOTS: usize = 1024;

/// Further slots an exit may use above a snapshot's height for the items of
/// the tuples it makes (the trace kept them virtual); reserved with the
/// trace's own slots before entering native code.
pub const MAX_VIRTUAL_SLOTS: usize = 256;

/// First penalty, in loop iterations, after a recording aborts; it
/// doubles on each abort of the same loop (LuaJIT starts at 72 with
/// random bits; we stay deterministic so JIT runs are reproducible).
pub const FIRST_PENALTY: u32 = 72;

/// Aborts after which a loop is blacklisted and stays interpreted
/// (LuaJIT gets there in about 11 doublings; our aborts are mostly "NYI",
/// which no retry fixes, so we give up sooner).
pub const MAX_ABORTS: u32 = 5;

/// Deferred recordings (`Step::Defer`: an inner loop not compiled yet, or
/// the loop left on the recorded iteration) a loop may have before they
/// count as aborts: enough for an inner loop whose iterations mostly
/// `break` out to be caught on one that goes round, few enough that a
/// loop whose inner loop never compiles stops paying for recordings.
/// Past it, a deferral counts as an abort (`Abort::Deferred`).
pub const MAX_DEFERS: u32 = 24;

/// Recordings of a loop in a function that left the loop (through
/// `break` or `return`) after which the next one may record the way out:
/// through the return and on in the caller. A loop that is mostly left
/// (a parser's `while` that runs once or twice a call) then gets a trace
/// of its leaving path, and the path that goes round grows from its exit.
pub const LEAVING_DEFERS: u32 = 4;

/// Native code size limit in bytes (LuaJIT: up to 2 MB of mcode areas):
/// past it, as past `MAX_TRACES`, all traces are dropped.
pub const MAX_MCODE: usize = 4 << 20;

/// Items a spread call (`f(*seq)`) may pass for a trace to record it as a
/// plain call of that many arguments; past it the recording aborts.
/// Argument lists longer than this are rare and each one is a guarded
/// load in the trace.
pub const MAX_SPREAD_ARGS: usize = 16;
