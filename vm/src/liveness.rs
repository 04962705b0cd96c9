//! Which local slots a code object may still read: live-variable analysis
//! on the bytecode, a backward data flow over its control flow graph.
//!
//! A compiled loop uses it at its loop header: a local the loop writes but
//! that no path from the header reads before writing it again (a temporary
//! of the body) needs no value carried around the back edge and nothing
//! written back when the trace leaves at the header. An instruction inside
//! a `try` may raise before it writes anything, so what its handlers read
//! is live before it (the exception edges of the graph).

use crate::bytecode::{CodeObject, CompareKind, Opcode};

/// A set of local slots, one bit each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlotSet(Vec<u64>);

impl SlotSet {
    fn new(n: usize) -> SlotSet {
        SlotSet(vec![0; n.div_ceil(64)])
    }
    pub fn contains(&self, slot: usize) -> bool {
        self.0.get(slot / 64).is_some_and(|w| w >> (slot % 64) & 1 == 1)
    }
    fn insert(&mut self, slot: usize) {
        if let Some(w) = self.0.get_mut(slot / 64) {
            *w |= 1 << (slot % 64);
        }
    }
    fn remove(&mut self, slot: usize) {
        if let Some(w) = self.0.get_mut(slot / 64) {
            *w &= !(1 << (slot % 64));
        }
    }
    /// Adds `other`'s slots; whether that changed anything.
    fn union_with(&mut self, other: &SlotSet) -> bool {
        let mut changed = false;
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            let before = *a;
            *a |= b;
            changed |= *a != before;
        }
        changed
    }
}

/// The instructions that may run after the one at `pc`.
fn successors(code: &CodeObject, pc: usize) -> [Option<usize>; 2] {
    let ins = code.instrs[pc];
    let next = Some(pc + 1).filter(|&n| n < code.instrs.len());
    let target = Some(ins.arg as usize);
    match ins.op {
        Opcode::Return | Opcode::RaiseAssert | Opcode::Raise | Opcode::Reraise => [None, None],
        Opcode::Jump => [target, None],
        Opcode::CompareJump => [next, Some(CompareKind::target(ins.arg))],
        Opcode::PopJumpIfFalse
        | Opcode::PopJumpIfTrue
        | Opcode::JumpIfFalseOrPop
        | Opcode::JumpIfTrueOrPop
        | Opcode::ForIter
        | Opcode::Send => [next, target],
        _ => [next, None],
    }
}

/// The slot an instruction reads (`LoadLocal`, the cell ops) and the one it
/// writes (`StoreLocal`). A superinstruction is its first half here: its
/// second half is the next instruction, which the analysis visits too.
fn use_def(op: Opcode, arg: u32) -> (Option<usize>, Option<usize>) {
    let op = op.halves().map_or(op, |(first, _)| first);
    let slot = Some(arg as usize);
    match op {
        Opcode::LoadLocal | Opcode::LoadDeref | Opcode::StoreDeref | Opcode::DeleteDeref | Opcode::LoadCell => {
            (slot, None)
        }
        Opcode::StoreLocal => (None, slot),
        // `del x` reads x (it raises when x is unbound), then unbinds it.
        Opcode::DeleteLocal => (slot, None),
        _ => (None, None),
    }
}

/// The local slots live on entry to every instruction of `code`.
pub fn live_locals(code: &CodeObject) -> Vec<SlotSet> {
    let n = code.instrs.len();
    let nlocals = code.locals.names.len();
    let mut live_in: Vec<SlotSet> = vec![SlotSet::new(nlocals); n];
    let mut changed = true;
    while changed {
        changed = false;
        for pc in (0..n).rev() {
            let mut live = SlotSet::new(nlocals);
            for s in successors(code, pc).into_iter().flatten() {
                if s < n {
                    live.union_with(&live_in[s]);
                }
            }
            let ins = code.instrs[pc];
            let (used, defined) = use_def(ins.op, ins.arg);
            if let Some(d) = defined {
                live.remove(d);
            }
            if let Some(u) = used {
                live.insert(u);
            }
            for h in &code.handlers {
                if (h.start as usize..h.end as usize).contains(&pc) && (h.target as usize) < n {
                    let handler = live_in[h.target as usize].clone();
                    live.union_with(&handler);
                }
            }
            changed |= live_in[pc].union_with(&live);
        }
    }
    live_in
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slot_sets() {
        let mut s = SlotSet::new(130);
        s.insert(3);
        s.insert(129);
        assert!(s.contains(3) && s.contains(129) && !s.contains(4));
        s.remove(3);
        assert!(!s.contains(3));
        let mut t = SlotSet::new(130);
        assert!(t.union_with(&s));
        assert!(!t.union_with(&s));
    }
}
