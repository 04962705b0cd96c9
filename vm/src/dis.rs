//! `--dis`: a listing of bytecode laid out like CPython's `python -m dis`
//! (line, offset, opcode, argument, and what the argument means).

use std::fmt::Write;

use crate::bytecode::{CodeObject, CompareKind, Constant, Opcode};
use crate::format::{float_repr, str_repr};

/// The listing of a code object and, after it, of every function in it.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    write_code(code, &mut out);
    out
}

fn write_code(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} at line {} of \"{}\">:",
        code.qualname, code.first_line, code.filename
    );
    let targets: Vec<bool> = {
        let mut t = vec![false; code.instrs.len() + 1];
        for ins in &code.instrs {
            if is_jump(ins.op) {
                t[(ins.arg as usize).min(code.instrs.len())] = true;
            } else if ins.op == Opcode::CompareJump {
                t[CompareKind::target(ins.arg).min(code.instrs.len())] = true;
            }
        }
        t
    };
    let mut last_line = 0;
    for (i, ins) in code.instrs.iter().enumerate() {
        let line = code.lines[i];
        if line != last_line && i > 0 {
            out.push('\n');
        }
        let line_col = if line != last_line {
            line.to_string()
        } else {
            String::new()
        };
        last_line = line;
        let marker = if targets[i] { ">>" } else { "  " };
        let name = upper_snake(ins.op.name());
        let _ = write!(out, "{line_col:>4} {marker} {i:>6} {name:<24} {:>5}", ins.arg);
        let meaning = match ins.op.halves() {
            // Both halves' arguments: the second is the next slot's.
            Some((first, second)) => {
                let next = code.instrs.get(i + 1).map_or(0, |n| n.arg);
                match (arg_meaning(code, first, ins.arg), arg_meaning(code, second, next)) {
                    (Some(a), Some(b)) => Some(format!("{a}; {b}")),
                    (a, b) => a.or(b),
                }
            }
            None => arg_meaning(code, ins.op, ins.arg),
        };
        if let Some(meaning) = meaning {
            let _ = write!(out, " ({meaning})");
        }
        out.push('\n');
    }
    for child in &code.children {
        out.push('\n');
        write_code(child, out);
    }
}

fn is_jump(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::Jump
            | Opcode::PopJumpIfFalse
            | Opcode::PopJumpIfTrue
            | Opcode::JumpIfFalseOrPop
            | Opcode::JumpIfTrueOrPop
            | Opcode::ForIter
            | Opcode::Send
    )
}

/// An instruction's name as `--dis` prints it.
pub fn mnemonic(op: crate::bytecode::Opcode) -> String {
    upper_snake(op.name())
}

/// `LoadConst` -> `LOAD_CONST`, as CPython spells its opcodes.
fn upper_snake(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}

/// A constant as its repr (`--dis`, and compile errors that quote one).
pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Str(s) => str_repr(s),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::BigInt(text) => text.to_string(),
        Constant::Bytes(b) => crate::ops::bytes::bytes_repr(b),
        Constant::Imag(f) => crate::ops::complex::complex_repr(crate::ops::complex::Complex::new(0.0, *f)),
        Constant::Names(names) => tuple_repr(names.iter().map(|n| str_repr(n)).collect()),
        Constant::Tuple(items) => tuple_repr(items.iter().map(constant_repr).collect()),
        Constant::FrozenSet(items) => {
            let items: Vec<String> = items.iter().map(constant_repr).collect();
            format!("frozenset({{{}}})", items.join(", "))
        }
    }
}

fn tuple_repr(items: Vec<String>) -> String {
    if items.len() == 1 {
        format!("({},)", items[0])
    } else {
        format!("({})", items.join(", "))
    }
}

fn arg_meaning(code: &CodeObject, op: Opcode, arg: u32) -> Option<String> {
    let local = |slot: u32| code.locals.names.get(slot as usize).map(|n| n.to_string());
    let name = |i: u32| code.names.get(i as usize).map(|n| n.to_string());
    match op {
        Opcode::LoadConst => code.consts.get(arg as usize).map(constant_repr),
        Opcode::LoadLocal | Opcode::StoreLocal | Opcode::DeleteLocal => local(arg),
        Opcode::LoadDeref | Opcode::StoreDeref | Opcode::DeleteDeref | Opcode::LoadCell => local(arg),
        Opcode::LoadGlobal
        | Opcode::StoreGlobal
        | Opcode::DeleteGlobal
        | Opcode::LoadAttr
        | Opcode::CheckMethod
        | Opcode::ImportName
        | Opcode::ImportFrom
        | Opcode::SetupAnnotations => name(arg),
        Opcode::CallMethod | Opcode::CallMethodKw => {
            Some(format!("{}, {} args", name(arg >> 8).unwrap_or_default(), arg & 0xff))
        }
        Opcode::Jump
        | Opcode::PopJumpIfFalse
        | Opcode::PopJumpIfTrue
        | Opcode::JumpIfFalseOrPop
        | Opcode::JumpIfTrueOrPop
        | Opcode::ForIter
        | Opcode::Send => Some(format!("to {arg}")),
        Opcode::Loop => Some(format!("loop {arg}")),
        Opcode::CompareJump => {
            let cmp = CompareKind::from_arg(arg);
            Some(format!("unless {} to {}", cmp.symbol(), CompareKind::target(arg)))
        }
        Opcode::MakeFunction => code
            .children
            .get(arg as usize)
            .map(|c| format!("code object {}", c.qualname)),
        Opcode::FormatValue => Some(["", "!s", "!r", "!a"][arg.min(3) as usize].to_string()).filter(|s| !s.is_empty()),
        Opcode::MatchSequence => {
            let starred = arg & crate::ops::pattern::SEQUENCE_STARRED != 0;
            Some(format!("len {} {}", if starred { ">=" } else { "==" }, arg >> 1))
        }
        Opcode::MatchMapping if arg > 0 => Some(format!("len >= {arg}")),
        Opcode::MatchKeys if arg == 1 => Some("and the rest".into()),
        Opcode::MatchClass => Some(format!("{arg} positional")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcode_names_read_like_cpython() {
        assert_eq!(upper_snake("LoadConst"), "LOAD_CONST");
        assert_eq!(upper_snake("PopJumpIfFalse"), "POP_JUMP_IF_FALSE");
    }
}
