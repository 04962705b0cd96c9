//! The interpreter's profile for `rumba --explain`: how many times each
//! instruction ran in the interpreter, and where the VM is right now, for
//! a sampling thread that turns "where" into time per line.
//!
//! Only a VM with a profile pays for it: the interpreter runs a third
//! copy of its dispatch loop that counts (`Vm::dispatch::<_, true>`).
//! Compiled code is not counted instruction by instruction; while a trace
//! runs, `here` names the trace.

use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use crate::bytecode::CodeId;
use crate::vm::Vm;

/// `here` while compiled code runs: this bit, and the trace's number.
pub const IN_TRACE: u64 = 1 << 63;
/// `here` before the first instruction and after the run.
pub const NOWHERE: u64 = u64::MAX;

/// Instruction counts and the current position.
pub struct Profile {
    /// Executions of each instruction, by code id and pc.
    counts: Vec<Vec<u64>>,
    /// Counts of codes freed during the run, by file and line.
    folded: HashMap<(Rc<str>, u32), u64>,
    /// `code id << 32 | pc` of the instruction the interpreter runs, or
    /// `IN_TRACE | trace`, or `NOWHERE`.
    here: Arc<AtomicU64>,
}

impl Profile {
    pub fn new() -> Profile {
        Profile {
            counts: Vec::new(),
            folded: HashMap::new(),
            here: Arc::new(AtomicU64::new(NOWHERE)),
        }
    }

    /// What a sampler reads.
    pub fn here(&self) -> Arc<AtomicU64> {
        self.here.clone()
    }

    #[inline]
    pub(crate) fn step(&mut self, code: CodeId, pc: usize, len: usize) {
        self.here.store((code.0 as u64) << 32 | pc as u64, Ordering::Relaxed);
        let id = code.0 as usize;
        if id >= self.counts.len() {
            self.counts.resize(id + 1, Vec::new());
        }
        let counts = &mut self.counts[id];
        if counts.len() < len {
            counts.resize(len, 0);
        }
        counts[pc] += 1;
    }

    pub(crate) fn in_trace(&self, trace: u32) {
        self.here.store(IN_TRACE | trace as u64, Ordering::Relaxed);
    }
}

impl Default for Profile {
    fn default() -> Self {
        Profile::new()
    }
}

impl Vm {
    /// Starts counting (`--explain`); a profile already running goes on.
    pub fn start_profile(&mut self) -> Arc<AtomicU64> {
        self.profile.get_or_insert_with(|| Box::new(Profile::new())).here()
    }

    /// Times each source line of `filename` ran in the interpreter: for
    /// a line, the most times any one of its instructions ran (a line
    /// that runs once runs each of its instructions once).
    pub fn profile_lines(&self, filename: &str) -> HashMap<u32, u64> {
        let mut lines: HashMap<u32, u64> = HashMap::new();
        let Some(profile) = &self.profile else {
            return lines;
        };
        for ((file, line), n) in &profile.folded {
            if &**file == filename {
                let e = lines.entry(*line).or_default();
                *e = (*e).max(*n);
            }
        }
        for (id, counts) in profile.counts.iter().enumerate() {
            let entry = &self.codes[id];
            if entry.freed || &*entry.code.filename != filename {
                continue;
            }
            for (pc, n) in counts.iter().enumerate() {
                let e = lines.entry(entry.code.lines[pc]).or_default();
                *e = (*e).max(*n);
            }
        }
        lines
    }

    /// The source line of a sampled position (`Profile::here`) in the
    /// interpreter, if it is one in `filename`.
    pub fn line_of_position(&self, here: u64, filename: &str) -> Option<u32> {
        if here == NOWHERE || here & IN_TRACE != 0 {
            return None;
        }
        let (id, pc) = ((here >> 32) as usize, (here & 0xffff_ffff) as usize);
        let entry = self.codes.get(id)?;
        if entry.freed || &*entry.code.filename != filename {
            return None;
        }
        entry.code.lines.get(pc).copied()
    }

    /// A freed code's counts are kept by line: its id may be reused.
    pub(crate) fn fold_profile(&mut self, id: usize) {
        let Some(profile) = &mut self.profile else {
            return;
        };
        let Some(counts) = profile.counts.get_mut(id) else {
            return;
        };
        let code = &self.codes[id].code;
        for (pc, n) in std::mem::take(counts).into_iter().enumerate() {
            let e = profile
                .folded
                .entry((code.filename.clone(), code.lines[pc]))
                .or_default();
            *e = (*e).max(n);
        }
    }
}
