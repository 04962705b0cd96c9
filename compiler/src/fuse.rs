//! Superinstructions: after a code object is emitted, an instruction that
//! forms a common pair with the one after it (two local loads, a local
//! and a constant, a store and a load, `+ - * +=` and a store into a local,
//! the rotate and store that end `c[i] op= v`) becomes the pair's
//! superinstruction, which does both halves in one dispatch
//! (`Opcode::halves` lists them). Nothing moves: the second half
//! stays in its slot, so jump targets, the line table and the JIT's
//! snapshots, which name slots, are unchanged, and a jump straight to the
//! second slot runs it alone.

use rumba_vm::bytecode::{CodeObject, Opcode};

/// Fuses every pair in `code` (not in its children; each is fused when it
/// is emitted), but none across the edge of an exception handler's range:
/// an exception in a superinstruction is taken as raised where its first
/// half stands.
pub fn fuse_pairs(code: &mut CodeObject) {
    let edges: Vec<usize> = code
        .handlers
        .iter()
        .flat_map(|h| [h.start as usize, h.end as usize])
        .collect();
    for pc in 0..code.instrs.len().saturating_sub(1) {
        if edges.contains(&(pc + 1)) {
            continue;
        }
        let (first, second) = (code.instrs[pc].op, code.instrs[pc + 1].op);
        if let Some(op) = Opcode::fused(first, second) {
            code.instrs[pc].op = op;
        }
    }
}

#[cfg(test)]
mod tests {
    use rumba_vm::bytecode::Opcode;

    fn function_ops(src: &str) -> Vec<Opcode> {
        let module = crate::compile(src, "t.py").unwrap();
        module.children[0].instrs.iter().map(|i| i.op).collect()
    }

    #[test]
    fn pairs_fuse_and_second_halves_stay() {
        let ops = function_ops("def f(a, b):\n    c = a + b\n    return c * 2\n");
        assert_eq!(
            ops,
            [
                Opcode::LoadLocalLocal,
                Opcode::LoadLocal,
                Opcode::AddStoreLocal,
                Opcode::StoreLocalLoadLocal,
                Opcode::LoadLocalConst,
                Opcode::LoadConst,
                Opcode::Mul,
                Opcode::Return,
                Opcode::LoadConst,
                Opcode::Return,
            ]
        );
    }

    #[test]
    fn a_run_of_loads_fuses_every_slot() {
        // Each slot fuses with its successor: entering at any slot works.
        let ops = function_ops("def f(a, b, c):\n    return (a, b, c)\n");
        assert_eq!(
            &ops[..3],
            [Opcode::LoadLocalLocal, Opcode::LoadLocalLocal, Opcode::LoadLocal]
        );
    }
}
