//! Plain words for learners: what a guard checks, why an exit was taken
//! and what a trace is, in the script's own names (its locals and
//! globals) and Python's type names, never slot numbers or Rust enum
//! variants. `--jit-log`, `--jit-dump` and the `--explain` page all speak
//! through here, so they say the same thing the same way.

use rumba_vm::object::{Kind, Storage};
use rumba_vm::vm::Vm;

use crate::ir::{Helper, IrBuf, Op, Ref, Snapshot, Ty};

/// A value type as Python names it.
pub fn ty_words(ty: Ty) -> &'static str {
    match ty {
        Ty::Int => "int",
        Ty::Float => "float",
        Ty::Bool => "bool",
        Ty::Obj => "object",
        Ty::Nil => "None",
        Ty::Undef => "unbound",
        Ty::Void => "nothing",
    }
}

/// An object kind as a learner would call it (several Python types share
/// one kind: every iterator that is not a range's, a list's or a tuple's
/// is one `Iter`).
pub fn kind_words(kind: Kind) -> &'static str {
    match kind {
        Kind::Str => "str",
        Kind::List => "list",
        Kind::Tuple => "tuple",
        Kind::Dict => "dict",
        Kind::Set => "set",
        Kind::Range => "range",
        Kind::Function => "function",
        Kind::Cell => "closure cell",
        Kind::Module => "module",
        Kind::Native => "built-in function",
        Kind::Type => "type",
        Kind::BoundMethod => "built-in method",
        Kind::RangeIter => "range iterator",
        Kind::SeqIter => "list or tuple iterator",
        Kind::StrIter => "str iterator",
        Kind::Enumerate => "enumerate object",
        Kind::Zip => "zip object",
        Kind::Iter => "iterator",
        Kind::DictView => "dict view",
        Kind::Typing => "type hint",
        Kind::HostFunction => "host function",
        Kind::Class => "class",
        Kind::Instance => "instance",
        Kind::Method => "method",
        Kind::Descriptor => "descriptor",
        Kind::Super => "super object",
        Kind::Generator => "generator",
        Kind::Coroutine => "coroutine",
        Kind::AsyncGenerator => "async_generator",
        Kind::BigInt => "int too big for 64 bits",
        Kind::Bytes => "bytes or bytearray",
        Kind::Complex => "complex",
        Kind::BigRange => "range with bounds too big for 64 bits",
    }
}

/// "an int", "a float": the article English wants.
pub fn a(noun: &str) -> String {
    let vowel = noun.starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U']);
    format!("{} {noun}", if vowel { "an" } else { "a" })
}

/// The script's name for a stack slot of the trace (numbered from the
/// root frame's base): a local of the innermost frame that holds it, as
/// the snapshot lays the inlined frames out.
pub fn slot_name(vm: &Vm, snap: &Snapshot, slot: u32) -> Option<String> {
    let (code, base) = snap
        .frames
        .iter()
        .rev()
        .find(|f| f.base <= slot)
        .map_or((snap.code, 0), |f| (f.code, f.base));
    let names = &vm.code(code).code.locals.names;
    names.get((slot - base) as usize).map(|n| n.to_string())
}

/// The snapshot that names a trace's slots at instruction `at`: its own,
/// or the nearest one before it (plain loads have none of their own).
fn snapshot_at(ir: &IrBuf, at: Ref) -> Option<&Snapshot> {
    (ir.ins[..=at.0 as usize].iter().rev())
        .find_map(|i| i.snap)
        .map(|s| &ir.snaps[s as usize])
}

/// What a value of the trace is, in the script's words: `` `x` `` for a
/// local, "global `n`", "an item of a list".
pub fn subject(vm: &Vm, ir: &IrBuf, r: Ref) -> String {
    match ir.ins[r.0 as usize].op {
        Op::SLoad(n) | Op::SLoadItem(n) => {
            let named = snapshot_at(ir, r).and_then(|s| slot_name(vm, s, n));
            named.map_or_else(|| format!("stack slot {n} (a temporary)"), |n| format!("`{n}`"))
        }
        Op::GLoad(g) => format!("global `{}`", vm.global_name(g)),
        Op::LoadElem(..) => "an item read from a list or tuple".into(),
        Op::Call(_) => "a helper call's result".into(),
        _ => "a value".into(),
    }
}

/// The exit number's label in `--jit-dump` and on the page: what the
/// guard makes sure of, so that the compiled code may go on.
pub fn guard_words(vm: &Vm, ir: &IrBuf, g: Ref) -> String {
    let ins = &ir.ins[g.0 as usize];
    let of = |r: Ref| subject(vm, ir, r);
    match ins.op {
        Op::SLoad(_) | Op::GLoad(_) => format!("{} is {}", of(g), a(ty_words(ins.ty))),
        Op::SLoadItem(_) => format!("{} is still there", of(g)),
        Op::GuardGlobalIs(g, _) => format!("global `{}` is the object it was when recorded", vm.global_name(g)),
        Op::GuardGlobalUnbound(g) => format!("no global `{}` hides the built-in", vm.global_name(g)),
        Op::AddOv(..) | Op::SubOv(..) | Op::MulOv(..) | Op::NegOv(_) | Op::AbsOv(_) => {
            "the int result fits in 64 bits".into()
        }
        Op::FloorDiv(..) | Op::Mod(..) => "the divisor is not 0 (and the result fits in 64 bits)".into(),
        Op::Shr(..) => "the shift count is not negative".into(),
        Op::FDiv(..) => "the divisor is not 0.0".into(),
        Op::FSqrt(_) => "the number under the square root is not negative".into(),
        Op::FPow(..) => "`**` gives a finite number".into(),
        Op::IToFExact(_) => "the int converts to a float exactly".into(),
        Op::Guard(c, _) if generator_check(ir, c).is_some() => generator_check(ir, c).unwrap_or_default().into(),
        Op::Guard(_, flag) => format!(
            "the condition is {}, as when recorded",
            if flag { "true" } else { "false" }
        ),
        Op::GuardIs(r, _) => format!("{} is the object it was when recorded", of(r)),
        Op::GuardKind(r, k) => {
            let kind = Kind::from_byte(k).map_or("object of another kind", kind_words);
            format!("{} is {}", of(r), a(kind))
        }
        Op::GuardStorage(r, s) => format!("{} keeps its items as {}", of(r), storage_words(s)),
        Op::GuardShape(r, _) => format!("{} has the attributes it had when recorded", of(r)),
        Op::GuardAscii(r) => format!("{} is all ASCII", of(r)),
        Op::GuardCode(r, _) => format!("{} runs the code it ran when recorded", of(r)),
        Op::Call(n) => helper_words(ir.calls[n as usize].helper),
        Op::RangeNext(_) | Op::RangeLeft(_) => "the range has another number".into(),
        Op::SeqNext(..) | Op::SeqLeft(..) => "the list or tuple has another item".into(),
        Op::BoundsCheck(..) => "the index is inside the list".into(),
        Op::LoadElem(..) => format!("the item is {}, as when recorded", a(ty_words(ins.ty))),
        Op::Tick | Op::Ticks(_) | Op::LoopStart | Op::LoopBack | Op::Link(_) => {
            "the budget is not spent, no interrupt is pending and no collection is due".into()
        }
        Op::CallEntry(..) => "the call stays under the recursion limit".into(),
        Op::Handoff => "never: the interpreter always takes over here".into(),
        _ => "the instruction can go on".into(),
    }
}

/// What a guard on a generator's fields checks (the trace runs its steps
/// inline: `Recorder::resume_generator`), or None for another condition.
fn generator_check(ir: &IrBuf, c: Ref) -> Option<&'static str> {
    let Op::ICmp(crate::ir::Cmp::Eq, field, _) = ir.ins[c.0 as usize].op else {
        return None;
    };
    let Op::LoadMutField(_, offset) = ir.ins[field.0 as usize].op else {
        return None;
    };
    use rumba_vm::layout::generator;
    match offset {
        generator::CODE_STATE => {
            Some("the generator runs the code recorded and is stopped at a yield (not new, running or finished)")
        }
        generator::PC => Some("the generator is stopped at the yield it was stopped at when recorded"),
        generator::SLOTS_CAP => Some("the generator's saved frame has room for the slots its yield writes back"),
        _ => None,
    }
}

/// Why an exit was taken, as precisely as the trace and the state after
/// it tell: `seen` is the type of the value the guarded slot held once
/// the interpreter had its state back, when the guard checked a slot.
pub fn exit_words(vm: &Vm, ir: &IrBuf, g: Option<Ref>, seen: Option<&str>) -> String {
    let Some(g) = g else {
        return "the loop header's check: the budget was spent, an interrupt was pending or a collection was due"
            .into();
    };
    let ins = &ir.ins[g.0 as usize];
    let now = |t: &str| a(t);
    match (ins.op, seen) {
        (Op::SLoad(_) | Op::GLoad(_), Some(v)) => {
            format!(
                "{} was {} when recorded, now it is {}",
                subject(vm, ir, g),
                a(ty_words(ins.ty)),
                now(v)
            )
        }
        (Op::GuardKind(r, k), Some(v)) => {
            let kind = Kind::from_byte(k).map_or("object of another kind", kind_words);
            format!(
                "{} was {} when recorded, now it is {}",
                subject(vm, ir, r),
                a(kind),
                now(v)
            )
        }
        (Op::Guard(c, _), _) if generator_check(ir, c).is_some() => {
            format!("this no longer held: {}", generator_check(ir, c).unwrap_or_default())
        }
        (Op::Guard(_, flag), _) => format!(
            "the condition went the other way: it was {} when recorded",
            if flag { "true" } else { "false" }
        ),
        (Op::SLoad(_) | Op::GLoad(_), None) => {
            format!("{} was no longer {}", subject(vm, ir, g), a(ty_words(ins.ty)))
        }
        (Op::Call(n), _) if ir.calls[n as usize].raises => {
            "the operation did not raise this time (it raised, and the trace caught it, when recorded)".into()
        }
        (Op::Call(n), _) => match ir.calls[n as usize].helper {
            Helper::LeaveCall => "the return went to another caller than when recorded".into(),
            Helper::Catch => {
                "the operation raised another error than when recorded, or one compiled code does not catch".into()
            }
            Helper::CallHost
            | Helper::CallNativeMethod
            | Helper::CallNativeOnce
            | Helper::CallMethodOnce
            | Helper::CallNative
            | Helper::CallNativeEffect => "the call gave a value of another type than when recorded, or raised".into(),
            h => format!("the runtime function `{}` left the work to the interpreter", h.name()),
        },
        (Op::RangeNext(_) | Op::RangeLeft(_) | Op::SeqNext(..) | Op::SeqLeft(..), _) => {
            "the loop ran out of items (it ended)".into()
        }
        (Op::Handoff, _) => "the trace hands the rest to the interpreter here".into(),
        (Op::CallEntry(..), _) => "the call came too near the recursion limit".into(),
        _ => format!("this no longer held: {}", guard_words(vm, ir, g)),
    }
}

/// The slot a guard looked at, when it looked at one, so that the exit
/// can report the type the slot holds now.
pub fn guarded_slot(ir: &IrBuf, g: Ref) -> Option<Watched> {
    let ins = &ir.ins[g.0 as usize];
    let of = |r: Ref| match ir.ins[r.0 as usize].op {
        Op::SLoad(n) => Some(Watched::Slot(n)),
        Op::GLoad(n) => Some(Watched::Global(n)),
        _ => None,
    };
    match ins.op {
        Op::SLoad(_) | Op::GLoad(_) => of(g),
        Op::GuardKind(r, _) => of(r),
        _ => None,
    }
}

/// Where the value a guard checked lives.
#[derive(Clone, Copy, Debug)]
pub enum Watched {
    /// A stack slot, from the base of the frame on top at the exit.
    Slot(u32),
    Global(u32),
}

/// What a call into the runtime makes sure of when it returns to the
/// trace (it refuses, and the trace exits, when the interpreter must do
/// the work).
fn helper_words(helper: Helper) -> String {
    match helper {
        Helper::LeaveCall => "the return goes back to the caller it went to when recorded".into(),
        Helper::Catch => "the error is the one the trace catches, as the interpreter would".into(),
        Helper::EnterCall => "the call can make its frame (stack room, recursion limit)".into(),
        Helper::Binary | Helper::BinaryInPlace | Helper::Compare | Helper::Contains => {
            "the operation gives the result the trace expects, without calling back into the script".into()
        }
        Helper::CallNative
        | Helper::CallNativeEffect
        | Helper::CallHost
        | Helper::CallNativeMethod
        | Helper::CallNativeOnce
        | Helper::CallMethodOnce => "the built-in call succeeds and returns a value of the type recorded".into(),
        Helper::GetItem | Helper::SeqGet => "the item exists and has the type recorded".into(),
        h => format!(
            "the runtime function `{}` can do the work without the interpreter",
            h.name()
        ),
    }
}

fn storage_words(storage: u8) -> &'static str {
    match storage {
        s if s == Storage::Empty as u8 => "nothing yet (empty)",
        s if s == Storage::Int as u8 => "ints",
        s if s == Storage::Float as u8 => "floats",
        s if s == Storage::Bool as u8 => "bools",
        _ => "values of any type",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles() {
        assert_eq!(a("int"), "an int");
        assert_eq!(a("float"), "a float");
        assert_eq!(a("object"), "an object");
    }

    #[test]
    fn every_kind_has_words() {
        for k in Kind::ALL {
            assert!(!kind_words(k).is_empty());
        }
    }
}
