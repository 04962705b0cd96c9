//! One tick check per loop iteration.
//!
//! Every inlined call and every inner loop header the body passes through
//! counts a tick (`Op::Tick`: a `sub` of the fuel word and a branch), on
//! top of the loop header's own. In a peeled loop body the loop head
//! (`LoopStart` for the first round of the body, `LoopBack` for the next)
//! now counts the body's ticks ahead together with its own, in one check,
//! and each body tick becomes a `PaidTick` marker with no code.
//!
//! The count stays exact. A head whose check fails counts none of them
//! (as `Ticks(n)` does) and exits at the loop header, where the
//! interpreter counts each tick where it falls, so a budget stops the
//! program at the same tick as with the JIT off. An exit inside the body
//! gives back the ticks it had not reached yet (the backend's exit stub
//! adds them back to the fuel before anything reads the count). Between
//! the two the count runs ahead by those ticks, and nothing reads it: they
//! all come before the body's first helper call.
//!
//! Only the ticks before the body's first helper call are counted ahead.
//! A helper may charge ticks of its own without failing (a built-in's
//! work), and the interpreter would then stop at the next tick if those
//! passed the budget: a tick after a helper call keeps its own check.
//! The same holds from the first tick of another kind (`Ticks(n)`,
//! `MarkTicks`, `RewindTicks`: an operator's special method run inline,
//! whose exits reset the count to one kept at its start) on. (Found by
//! the `diff_jit` fuzz target, seed 20261230: a body whose `max()` call
//! charged the tick that spent the budget stopped a line later.)

use crate::ir::{IrBuf, Op};

pub fn run(ir: &mut IrBuf) {
    let Some(head) = ir.ins.iter().position(|x| x.op == Op::LoopStart) else {
        return;
    };
    if ir.ins.last().map(|x| x.op) != Some(Op::LoopBack) {
        return;
    }
    for ins in &mut ir.ins[head + 1..] {
        match ins.op {
            Op::Tick => {
                ins.op = Op::PaidTick;
                ins.snap = None;
            }
            Op::Call(_) | Op::Ticks(_) | Op::MarkTicks | Op::RewindTicks => return,
            _ => {}
        }
    }
}

/// Ticks a peeled loop's head counts for the body after it (`PaidTick`s
/// from `head` on).
pub fn paid_in_body(ir: &IrBuf, head: usize) -> u32 {
    ir.ins[head..].iter().filter(|x| x.op == Op::PaidTick).count() as u32
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use crate::ir::{Op, Ty};

    #[test]
    fn body_ticks_become_paid_preamble_ticks_stay() {
        let mut ir = ir();
        push(&mut ir, Op::Tick, Ty::Void);
        loop_start(&mut ir);
        let x = push(&mut ir, Op::SLoad(0), Ty::Int);
        push(&mut ir, Op::Tick, Ty::Void);
        push(&mut ir, Op::Tick, Ty::Void);
        close(&mut ir, &[x]);
        super::run(&mut ir);
        let ops = ops(&ir);
        assert_eq!(ops[0], Op::Tick, "the first round's tick is checked where it is");
        assert_eq!(&ops[3..5], &[Op::PaidTick, Op::PaidTick]);
        assert!(ir.ins[3].snap.is_none(), "a paid tick cannot exit");
        assert_eq!(super::paid_in_body(&ir, 1), 2);
    }

    #[test]
    fn ticks_after_a_helper_call_or_an_operator_keep_their_checks() {
        for stop in [Op::Call(0), Op::MarkTicks] {
            let mut ir = ir();
            loop_start(&mut ir);
            push(&mut ir, Op::Tick, Ty::Void);
            push(&mut ir, stop, Ty::Void);
            push(&mut ir, Op::Tick, Ty::Void);
            close(&mut ir, &[]);
            super::run(&mut ir);
            let ops = ops(&ir);
            assert_eq!(ops[1], Op::PaidTick, "before {stop:?}: {ops:?}");
            assert_eq!(ops[3], Op::Tick, "after {stop:?}: {ops:?}");
            assert_eq!(super::paid_in_body(&ir, 0), 1);
        }
    }

    #[test]
    fn an_unpeeled_trace_keeps_its_ticks() {
        let mut ir = ir();
        push(&mut ir, Op::Tick, Ty::Void);
        close(&mut ir, &[]);
        super::run(&mut ir);
        assert_eq!(ops(&ir)[0], Op::Tick);
    }
}
