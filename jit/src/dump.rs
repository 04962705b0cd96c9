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

fn op_text(ir: &IrBuf, op: Op) -> String {
    match op {
        Op::KInt(v) => format!("KINT    {v}"),
        Op::KFloat(b) => format!("KFLOAT  {:?}", f64::from_bits(b)),
        Op::KBool(b) => format!("KBOOL   {b}"),
        Op::KObj(o) => format!("KOBJ    {o:#x}"),
        Op::KNil => "KNIL".into(),
        Op::KUndef => "KUNDEF".into(),
        Op::SLoad(s) => format!("SLOAD   #{s}"),
        Op::SLoadItem(s) => format!("SITEM   #{s}"),
        Op::GLoad(g) => format!("GLOAD   g{g}"),
        Op::GuardGlobalIs(g, o) => format!("GIS     g{g} {o:#x}"),
        Op::GuardGlobalUnbound(g) => format!("GUNBOUND g{g}"),
        Op::GStore(g, v) => format!("GSTORE  g{g} {v}"),
        Op::AddOv(a, b) => format!("ADDOV   {a} {b}"),
        Op::SubOv(a, b) => format!("SUBOV   {a} {b}"),
        Op::MulOv(a, b) => format!("MULOV   {a} {b}"),
        Op::NegOv(a) => format!("NEGOV   {a}"),
        Op::AbsOv(a) => format!("ABSOV   {a}"),
        Op::FloorDiv(a, b) => format!("FLOORDIV {a} {b}"),
        Op::Mod(a, b) => format!("MOD     {a} {b}"),
        Op::BAnd(a, b) => format!("BAND    {a} {b}"),
        Op::BOr(a, b) => format!("BOR     {a} {b}"),
        Op::BXor(a, b) => format!("BXOR    {a} {b}"),
        Op::Shr(a, b) => format!("SHR     {a} {b}"),
        Op::BNot(a) => format!("BNOT    {a}"),
        Op::FAdd(a, b) => format!("FADD    {a} {b}"),
        Op::FSub(a, b) => format!("FSUB    {a} {b}"),
        Op::FMul(a, b) => format!("FMUL    {a} {b}"),
        Op::FDiv(a, b) => format!("FDIV    {a} {b}"),
        Op::FNeg(a) => format!("FNEG    {a}"),
        Op::FAbs(a) => format!("FABS    {a}"),
        Op::FSqrt(a) => format!("FSQRT   {a}"),
        Op::FPow(a, b) => format!("FPOW    {a} {b}"),
        Op::IToF(a) => format!("ITOF    {a}"),
        Op::IToFExact(a) => format!("ITOFX   {a}"),
        Op::ICmp(c, a, b) => format!("ICMP    {a} {} {b}", c.symbol()),
        Op::FCmp(c, a, b) => format!("FCMP    {a} {} {b}", c.symbol()),
        Op::Guard(a, f) => format!("GUARD   {a} is {f}"),
        Op::GuardIs(a, o) => format!("GUARDIS {a} {o:#x}"),
        Op::GuardKind(a, k) => format!(
            "GKIND   {a} {}",
            Kind::from_byte(k).map_or("?".to_string(), |k| format!("{k:?}").to_lowercase())
        ),
        Op::GuardStorage(a, s) => format!("GSTORAGE {a} {}", storage_name(s)),
        Op::GuardShape(a, s) => format!("GSHAPE  {a} shape#{s}"),
        Op::GuardAscii(a) => format!("GASCII  {a}"),
        Op::GuardCode(a, c) => format!("GCODE   {a} code#{c}"),
        Op::LoadField(a, off) => format!("FLOAD   {a}+{off}"),
        Op::LoadFixed(a, off) => format!("XLOAD   {a}+{off}"),
        Op::IntTruth(a) => format!("ITRUTH  {a}"),
        Op::FloatTruth(a) => format!("FTRUTH  {a}"),
        Op::Not(a) => format!("NOT     {a}"),
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
            format!("CALL    {}({})", c.helper.name(), args.join(", "))
        }
        Op::Tick => "TICK".into(),
        Op::Ticks(n) => format!("TICKS   {n}"),
        Op::RangeNext(p) => format!("RANGENEXT {p}"),
        Op::RangeAdvance(p) => format!("RANGEADV {p}"),
        Op::RangeLeft(r) => format!("RANGELEFT {r}"),
        Op::SeqLeft(a, n) => format!("SEQLEFT {a} < {n}"),
        Op::AddWrap(a, b) => format!("ADDW    {a} {b}"),
        Op::LoadMutField(a, off) => format!("FLOADM  {a}+{off}"),
        Op::StoreField(a, off, v) => format!("FSTORE  {a}+{off} = {v}"),
        Op::SeqNext(p, n) => format!("SEQNEXT {p} < {n}"),
        Op::SeqAdvance(p, at) => format!("SEQADV  {p} past {at}"),
        Op::BoundsCheck(i, n) => format!("BOUNDS  {i} < {n}"),
        Op::LoadElem(d, i, e) => format!("ALOAD   {d}[{i}] {}", e.name()),
        Op::StoreElem(d, i, v, e) => format!("ASTORE  {d}[{i}] {} = {v}", e.name()),
        Op::VTuple(t) => format!(
            "VTUPLE  ({})",
            ir.tuples[t as usize]
                .iter()
                .map(|r| r.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Op::LoopStart => "LOOP    ------------ (body)".into(),
        Op::Phi(a, b) => format!("PHI     {a} {b}"),
        Op::LoopBack => "LOOPBACK".into(),
        Op::Link(t) => format!("LINK    -> trace {t}"),
        Op::Handoff => "HANDOFF -> interpreter".into(),
        Op::CallEntry(n, t) if t == crate::ir::SELF_TRACE => format!("CALLENTRY #{n} -> this trace"),
        Op::CallEntry(n, t) => format!("CALLENTRY #{n} -> trace {t}"),
        Op::SetBase(r) => format!("SETBASE {r}"),
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
