//! `--jit-dump`: a trace's IR, numbered, with its snapshots and source
//! lines, then its machine code disassembled, guards tied to their exits.

use std::fmt::Write;

use rumba_vm::layout;
use rumba_vm::object::Kind;

use rumba_vm::bytecode::CodeObject;
use rumba_vm::vm::Vm;

use crate::ir::{IrBuf, Op, RawArg, Ref};
use crate::words;

/// The IR listing: one line per instruction (`ref  type  op  operands`),
/// a `SNAP` line before each guard's first use of a snapshot, and the
/// source line (number and text) whenever it changes. Slots and globals
/// carry the script's names; guards carry their exit numbers.
pub fn ir_listing(
    vm: &Vm,
    ir: &IrBuf,
    filename: &str,
    source: &dyn Fn(u32) -> Option<String>,
    exit_of: &[Option<u32>],
) -> String {
    let mut out = String::new();
    let mut line = 0;
    let mut shown_snap = None;
    for (i, ins) in ir.ins.iter().enumerate() {
        if ins.line != line {
            line = ins.line;
            let text = source(line).map(|t| format!("  {}", t.trim())).unwrap_or_default();
            let _ = writeln!(out, "     ; {filename}:{line}{text}");
        }
        if let Some(s) = ins.snap {
            if shown_snap != Some(s) {
                shown_snap = Some(s);
                let snap = &ir.snaps[s as usize];
                let entries: Vec<String> = snap
                    .entries
                    .iter()
                    .map(|(slot, r)| match words::slot_name(vm, snap, *slot) {
                        Some(name) => format!("{slot}:{name}={r}"),
                        None => format!("{slot}={r}"),
                    })
                    .collect();
                let frames: Vec<String> = snap.frames.iter().map(|f| format!("+{}", f.base)).collect();
                let fields: Vec<String> = snap
                    .fields
                    .iter()
                    .map(|f| match f.plus {
                        Some(p) => format!("{}+{}={}+{p}", f.obj, f.off, f.val),
                        None => format!("{}+{}={}", f.obj, f.off, f.val),
                    })
                    .collect();
                let _ = writeln!(
                    out,
                    "....  SNAP #{s:<3} pc={} height={} [{}]{}{}",
                    snap.pc,
                    snap.height,
                    entries.join(" "),
                    if fields.is_empty() {
                        String::new()
                    } else {
                        format!(" fields {}", fields.join(" "))
                    },
                    if frames.is_empty() {
                        String::new()
                    } else {
                        format!(" frames {}", frames.join(" "))
                    }
                );
            }
        }
        let _ = writeln!(out, "{}", ins_text(vm, ir, i, exit_of[i]));
    }
    out
}

/// Line `n` of the source a code object was compiled from, if it kept it.
pub fn source_line(code: &CodeObject, n: u32) -> Option<String> {
    let source = code.source.as_deref()?;
    source.lines().nth(n.checked_sub(1)? as usize).map(str::to_string)
}

/// One IR instruction as the listing shows it: number, `>` for a guard,
/// type, operation and operands, the name of the slot or global it
/// touches and the number of the exit it takes when its guard fails.
pub fn ins_text(vm: &Vm, ir: &IrBuf, i: usize, exit: Option<u32>) -> String {
    let ins = &ir.ins[i];
    let guard = if ins.snap.is_some() { ">" } else { " " };
    let name = match ins.op {
        Op::SLoad(_) | Op::SLoadItem(_) => Some(words::subject(vm, ir, Ref(i as u32))),
        Op::GLoad(g) | Op::GuardGlobalIs(g, _) | Op::GuardGlobalUnbound(g) | Op::GStore(g, _) => {
            Some(format!("global `{}`", vm.global_name(g)))
        }
        _ => None,
    };
    let text = format!("{:04} {guard} {:<5} {}", i, ins.ty.name(), op_text(ir, ins.op));
    let notes: Vec<String> = name.into_iter().chain(exit.map(|k| format!("exit {k}"))).collect();
    if notes.is_empty() {
        text
    } else {
        format!("{text:<40} ; {}", notes.join(", "))
    }
}

/// An operation as the listing shows it: its name from the table
/// (`ir/ops.rs`), then its operands.
fn op_text(ir: &IrBuf, op: Op) -> String {
    let operands = operands_text(ir, op);
    if operands.is_empty() {
        op.name().to_string()
    } else {
        format!("{:<7} {operands}", op.name())
    }
}

/// The operands of an operation, as the listing shows them: plain ones
/// as their refs, in order; those with immediates or a shape of their
/// own (a comparison, an item access, a call) laid out to read.
fn operands_text(ir: &IrBuf, op: Op) -> String {
    match op {
        Op::KInt(v) => format!("{v}"),
        Op::KFloat(b) => format!("{:?}", f64::from_bits(b)),
        Op::KBool(b) => format!("{b}"),
        Op::KObj(o) => format!("{o:#x}"),
        Op::SLoad(s) | Op::SLoadItem(s) => format!("#{s}"),
        Op::GLoad(g) | Op::GuardGlobalUnbound(g) => format!("g{g}"),
        Op::GuardGlobalIs(g, o) => format!("g{g} {o:#x}"),
        Op::GStore(g, v) => format!("g{g} {v}"),
        Op::ICmp(c, a, b) | Op::FCmp(c, a, b) => format!("{a} {} {b}", c.symbol()),
        Op::Guard(a, f) => format!("{a} is {f}"),
        Op::GuardIs(a, o) => format!("{a} {o:#x}"),
        Op::GuardKind(a, k) => format!(
            "{a} {}",
            Kind::from_byte(k).map_or("?".to_string(), |k| format!("{k:?}").to_lowercase())
        ),
        Op::GuardStorage(a, s) => format!("{a} {}", storage_name(s)),
        Op::GuardShape(a, s) => format!("{a} shape#{s}"),
        Op::GuardCode(a, c) => format!("{a} code#{c}"),
        Op::LoadField(a, off) | Op::LoadFixed(a, off) | Op::LoadMutField(a, off) => format!("{a}+{off}"),
        Op::StoreField(a, off, v) => format!("{a}+{off} = {v}"),
        Op::Call(n) => {
            let c = &ir.calls[n as usize];
            let mut args: Vec<String> = c
                .raw
                .iter()
                .map(|a| match a {
                    RawArg::Val(r) => r.to_string(),
                    RawArg::Imm(v) => format!("#{v}"),
                })
                .collect();
            args.extend(c.boxed.iter().map(|r: &Ref| format!("[{r}]")));
            format!("{}({})", c.helper.name(), args.join(", "))
        }
        Op::Ticks(n) => format!("{n}"),
        Op::SeqLeft(a, n) | Op::SeqNext(a, n) | Op::BoundsCheck(a, n) => format!("{a} < {n}"),
        Op::SeqAdvance(p, at) => format!("{p} past {at}"),
        Op::LoadElem(d, i, e) => format!("{d}[{i}] {}", e.name()),
        Op::StoreElem(d, i, v, e) => format!("{d}[{i}] {} = {v}", e.name()),
        Op::VTuple(t) => format!(
            "({})",
            ir.tuples[t as usize]
                .iter()
                .map(|r| r.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Op::LoopStart => match crate::opt::ticks::paid_in_body(ir, 0) {
            0 => "------------ (body)".into(),
            paid => format!("------------ (body; its head counts {} ticks)", paid + 1),
        },
        Op::LoopBack => match crate::opt::ticks::paid_in_body(ir, 0) {
            0 => String::new(),
            paid => format!("{} ticks", paid + 1),
        },
        Op::Link(t) => format!("-> trace {t}"),
        Op::Handoff => "-> interpreter".into(),
        Op::CallEntry(n, t) if t == crate::ir::SELF_TRACE => format!("#{n} -> this trace"),
        Op::CallEntry(n, t) => format!("#{n} -> trace {t}"),
        _ => op
            .operands()
            .iter()
            .map(|r| r.to_string())
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// Machine code as bytes, 16 to a line: the dump of a build without the
/// `disasm` feature. Rows are (offset, text).
#[cfg(all(target_arch = "x86_64", not(feature = "disasm")))]
pub fn disassemble_rows(bytes: &[u8], _exit_labels: &[(usize, String)]) -> Vec<(usize, String)> {
    let mut rows = vec![(
        0,
        "(built without the disasm feature: machine code as bytes)".to_string(),
    )];
    for (i, line) in bytes.chunks(16).enumerate() {
        let hex: Vec<String> = line.iter().map(|b| format!("{b:02x}")).collect();
        rows.push((i * 16, format!("{:06x}  {}", i * 16, hex.join(" "))));
    }
    rows
}

/// Disassembles machine code (Intel syntax) as (offset, text) rows, with
/// jump targets as offsets from the trace's first byte and the exit stubs
/// labelled (`exit_labels`: stub offset, label).
#[cfg(all(target_arch = "x86_64", feature = "disasm"))]
pub fn disassemble_rows(bytes: &[u8], exit_labels: &[(usize, String)]) -> Vec<(usize, String)> {
    use iced_x86::{Decoder, DecoderOptions, Formatter, Instruction, IntelFormatter};
    let mut rows = Vec::new();
    // Decoded as if loaded at 0, so that targets read as offsets.
    let mut decoder = Decoder::with_ip(64, bytes, 0, DecoderOptions::NONE);
    let mut formatter = IntelFormatter::new();
    formatter.options_mut().set_branch_leading_zeros(false);
    let mut text = String::new();
    let mut ins = Instruction::default();
    while decoder.can_decode() {
        decoder.decode_out(&mut ins);
        let at = ins.ip() as usize;
        for (stub, label) in exit_labels {
            if *stub == at {
                rows.push((at, format!("->{label}:")));
            }
        }
        text.clear();
        formatter.format(&ins, &mut text);
        let target = ins.near_branch_target() as usize;
        let note = match exit_labels
            .iter()
            .find(|(stub, _)| ins.near_branch_target() != 0 && *stub == target)
        {
            Some((_, l)) => format!("  ; ->{l}"),
            // The shared exit routine, or another trace.
            None if ins.near_branch_target() != 0 && target >= bytes.len() => "  ; (outside this trace)".into(),
            None => String::new(),
        };
        rows.push((at, format!("  {at:06x}  {text}{note}")));
    }
    rows
}

/// A list storage code as dumps show it.
fn storage_name(code: u8) -> &'static str {
    match code {
        layout::list::INT => "int",
        layout::list::FLOAT => "float",
        layout::list::BOOL => "bool",
        layout::list::OBJECT => "object",
        _ => "empty",
    }
}
