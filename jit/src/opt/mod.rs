//! Optimization passes over a finished trace, each in its own module,
//! with the verifier run after every pass in debug builds.
//!
//! A pass decides, per instruction, to keep it, replace its value by an
//! earlier one, or drop it; `rebuild` then compacts the trace and renumbers
//! every reference (operands, helper arguments, snapshots). Replacements
//! always point backwards, so the result stays in SSA order.

pub mod cse;
pub mod dce;
pub mod fold;
pub mod guards;
pub mod hoist;
pub mod induction;
pub mod peel;
pub mod ticks;
pub mod verify;

use crate::ir::{IrBuf, Ref};

/// Runs the passes in order.
pub fn optimize(ir: &mut IrBuf) -> Result<(), String> {
    optimize_watched(ir, &mut |_, _| {})
}

/// `optimize`, showing `watch` the IR as recorded and after each pass
/// (`--jit-dump-passes`).
pub fn optimize_watched(ir: &mut IrBuf, watch: &mut dyn FnMut(&str, &IrBuf)) -> Result<(), String> {
    verify::verify(ir)?;
    watch("recording", ir);
    type Pass = fn(&mut IrBuf);
    let passes: [(&str, Pass); 9] = [
        ("fold", fold::run),
        ("cse", cse::run),
        ("guards", guards::run),
        ("dce", dce::run),
        ("peel", peel::run),
        ("hoist", hoist::run),
        ("induction", induction::run),
        ("ticks", ticks::run),
        ("dce", dce::run),
    ];
    for (name, pass) in passes {
        pass(ir);
        watch(name, ir);
        if cfg!(debug_assertions) {
            verify::verify(ir).map_err(|e| format!("after {name}: {e}"))?;
        }
    }
    verify::verify(ir)
}

/// What a pass decided for one instruction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fate {
    Keep,
    /// Uses of this value become uses of an earlier one.
    Replace(Ref),
    /// Nothing uses it (or it is a guard that can never fail).
    Drop,
}

/// Applies the fates: drops and replaces instructions, renumbers refs.
pub fn rebuild(ir: &mut IrBuf, fates: &[Fate]) {
    let n = ir.ins.len();
    let mut map: Vec<Ref> = Vec::with_capacity(n);
    let mut out = Vec::with_capacity(n);
    for (i, fate) in fates.iter().enumerate().take(n) {
        match *fate {
            Fate::Keep => {
                map.push(Ref(out.len() as u32));
                out.push(ir.ins[i]);
            }
            Fate::Replace(r) => map.push(map[r.0 as usize]),
            // A dropped value has no uses; map it anywhere valid.
            Fate::Drop => map.push(Ref(out.len().saturating_sub(1) as u32)),
        }
    }
    // Operands are rewritten through the new numbering.
    for ins in &mut out {
        ins.op.map_operands(|r| map[r.0 as usize]);
    }
    ir.ins = out;
    for c in &mut ir.calls {
        for a in &mut c.raw {
            if let crate::ir::RawArg::Val(r) = a {
                *r = map[r.0 as usize];
            }
        }
        for r in &mut c.boxed {
            *r = map[r.0 as usize];
        }
    }
    for s in &mut ir.snaps {
        s.map_refs(|r| map[r.0 as usize]);
    }
    for t in &mut ir.tuples {
        for r in t.iter_mut() {
            *r = map[r.0 as usize];
        }
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! Small IR builders for the passes' unit tests.
    use crate::ir::{Ins, IrBuf, Op, Ref, Snapshot, Ty};

    pub fn ir() -> IrBuf {
        let mut ir = IrBuf::default();
        ir.snaps.push(Snapshot {
            pc: 0,
            height: 4,
            code: rumba_vm::bytecode::CodeId(0),
            entries: Vec::new(),
            frames: Vec::new(),
            fields: Vec::new(),
            redoes_operator: false,
        });
        ir
    }

    pub fn push(ir: &mut IrBuf, op: Op, ty: Ty) -> Ref {
        let snap = op.is_guard().then_some(0);
        ir.ins.push(Ins {
            op,
            ty,
            snap,
            pc: 0,
            line: 1,
        });
        Ref(ir.ins.len() as u32 - 1)
    }

    /// Ends a peeled loop's first iteration: the loop head, with a
    /// snapshot of its own.
    pub fn loop_start(ir: &mut IrBuf) {
        ir.snaps.push(ir.snaps[0].clone());
        let s = ir.snaps.len() as u32 - 1;
        push(ir, Op::LoopStart, Ty::Void);
        ir.ins.last_mut().unwrap().snap = Some(s);
    }

    /// Ends the trace with a loop whose snapshot keeps `live` alive.
    pub fn close(ir: &mut IrBuf, live: &[Ref]) {
        ir.snaps.push(Snapshot {
            pc: 0,
            height: 4,
            code: rumba_vm::bytecode::CodeId(0),
            entries: live.iter().enumerate().map(|(k, r)| (k as u32, *r)).collect(),
            frames: Vec::new(),
            fields: Vec::new(),
            redoes_operator: false,
        });
        let s = ir.snaps.len() as u32 - 1;
        push(ir, Op::LoopBack, Ty::Void);
        ir.ins.last_mut().unwrap().snap = Some(s);
    }

    pub fn ops(ir: &IrBuf) -> Vec<Op> {
        ir.ins.iter().map(|i| i.op).collect()
    }
}
