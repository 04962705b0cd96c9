//! The interpreter's first try at each instruction: the cases that need
//! nothing but the frame's slots, its operands and plain reads of the heap
//! (an int `+`, a compare and jump, a list item, a range step). They run on
//! the stack top held in registers (`StackTop`), with no call out, no
//! allocation (so no collection) and no error. Anything else (another
//! type, an overflow, a full buffer, a loop that is hot) returns false
//! having changed nothing, and the instruction's general arm in `dispatch`
//! runs it from the start: that arm is the whole meaning, this is a
//! shortcut through its commonest cases.

use crate::bytecode::{CodeId, CompareKind, Instr, Opcode};
use crate::call::CacheSite;
use crate::object::Kind;
use crate::ops::compare::{numeric_order, OrderOp};
use crate::stack_top::StackTop;
use crate::value::Value;
use crate::vm::{Vm, NO_TRACE};

/// `a op b` for two numbers, as the general arithmetic computes it; None
/// for anything else, and for an int result past 64 bits.
#[inline(always)]
fn arith(top: &StackTop, int: fn(i64, i64) -> Option<i64>, float: fn(f64, f64) -> f64) -> Option<Value> {
    match top.last2()? {
        (&Value::Int(x), &Value::Int(y)) => int(x, y).map(Value::Int),
        (&Value::Float(x), &Value::Float(y)) => Some(Value::Float(float(x, y))),
        (&Value::Float(x), &Value::Int(y)) => Some(Value::Float(float(x, y as f64))),
        (&Value::Int(x), &Value::Float(y)) => Some(Value::Float(float(x as f64, y))),
        _ => None,
    }
}

/// The truth of a value that is its own truth (no `__bool__` to call).
#[inline(always)]
fn plain_truth(v: &Value) -> Option<bool> {
    match *v {
        Value::Bool(b) => Some(b),
        Value::Int(i) => Some(i != 0),
        Value::None => Some(false),
        _ => None,
    }
}

impl Vm {
    /// `d[key]` (None: absent) for a dict and a key whose hash and
    /// equality are plain (a str or an int); None for anything else, or an
    /// error the general arm will raise.
    #[inline(always)]
    fn plain_dict_get(&self, d: crate::heap::ObjRef, key: Value) -> Option<Option<Value>> {
        self.heap.dict(d)?;
        if !self.is_plain_key(key) {
            return None;
        }
        self.dict_get(d, key).ok()
    }

    /// Runs `ins` (pc already past it) if it is one of the cases above:
    /// true when done, false (nothing changed) to take the general arm.
    #[inline(always)]
    pub(super) fn fast_step(
        &mut self,
        top: &mut StackTop,
        ins: Instr,
        pc: &mut usize,
        cid: CodeId,
        base: usize,
        instrs: &[Instr],
    ) -> bool {
        let arg = ins.arg;
        // A local that holds a value (unbound ones raise, in the general arm).
        let local = |top: &StackTop, slot: u32| match top.get(base + slot as usize) {
            Some(&Value::Undef) | None => None,
            Some(&v) => Some(v),
        };
        match ins.op {
            Opcode::Nop => true,
            Opcode::Jump => {
                *pc = arg as usize;
                true
            }
            Opcode::Pop => {
                if top.len() == 0 {
                    return false;
                }
                top.drop_top(1);
                true
            }
            Opcode::Dup => match top.last() {
                Some(&v) => top.push(v),
                None => false,
            },
            Opcode::RotTwo => {
                let Some((&a, &b)) = top.last2() else { return false };
                let n = top.len();
                top.set(n - 2, b);
                top.set(n - 1, a);
                true
            }
            Opcode::LoadConst => {
                let v = self.codes[cid.0 as usize].consts[arg as usize];
                top.push(v)
            }
            Opcode::LoadLocal => match local(top, arg) {
                Some(v) => top.push(v),
                None => false,
            },
            Opcode::StoreLocal => {
                let slot = base + arg as usize;
                let Some(&v) = top.last() else { return false };
                // The slot lies below the operand.
                if slot + 1 >= top.len() {
                    return false;
                }
                top.drop_top(1);
                top.set(slot, v)
            }
            Opcode::LoadLocalLocal => {
                let second = instrs[*pc].arg;
                let (Some(v), Some(w)) = (local(top, arg), local(top, second)) else {
                    return false;
                };
                let done = top.push2(v, w);
                *pc += done as usize;
                done
            }
            Opcode::LoadLocalConst => {
                let Some(v) = local(top, arg) else { return false };
                let w = self.codes[cid.0 as usize].consts[instrs[*pc].arg as usize];
                let done = top.push2(v, w);
                *pc += done as usize;
                done
            }
            Opcode::LoadConstLocal => {
                let v = self.codes[cid.0 as usize].consts[arg as usize];
                let Some(w) = local(top, instrs[*pc].arg) else {
                    return false;
                };
                let done = top.push2(v, w);
                *pc += done as usize;
                done
            }
            Opcode::StoreLocalLoadLocal => {
                let slot = base + arg as usize;
                let Some(&v) = top.last() else { return false };
                if slot + 1 >= top.len() {
                    return false;
                }
                let second = base + instrs[*pc].arg as usize;
                // The value loaded is the one just stored when both name
                // the same local.
                let w = if second == slot {
                    v
                } else {
                    match local(top, instrs[*pc].arg) {
                        Some(w) => w,
                        None => return false,
                    }
                };
                top.set(slot, v);
                top.set(top.len() - 1, w);
                *pc += 1;
                true
            }
            Opcode::Add | Opcode::InplaceAdd => match arith(top, i64::checked_add, crate::numeric::float_add) {
                Some(v) => {
                    top.replace2(v);
                    true
                }
                None => false,
            },
            Opcode::Sub => match arith(top, i64::checked_sub, |x, y| x - y) {
                Some(v) => {
                    top.replace2(v);
                    true
                }
                None => false,
            },
            Opcode::Mul | Opcode::InplaceMul => match arith(top, i64::checked_mul, crate::numeric::float_mul) {
                Some(v) => {
                    top.replace2(v);
                    true
                }
                None => false,
            },
            // The result goes straight into the local slot the next
            // instruction names, and that instruction is skipped.
            Opcode::AddStoreLocal | Opcode::SubStoreLocal | Opcode::MulStoreLocal | Opcode::InplaceAddStoreLocal => {
                let v = match ins.op {
                    Opcode::SubStoreLocal => arith(top, i64::checked_sub, |x, y| x - y),
                    Opcode::MulStoreLocal => arith(top, i64::checked_mul, crate::numeric::float_mul),
                    _ => arith(top, i64::checked_add, crate::numeric::float_add),
                };
                let slot = base + instrs[*pc].arg as usize;
                match v {
                    Some(v) if slot + 2 < top.len() => {
                        top.drop_top(2);
                        top.set(slot, v);
                        *pc += 1;
                        true
                    }
                    _ => false,
                }
            }
            Opcode::BitAnd | Opcode::BitOr | Opcode::BitXor | Opcode::LShift | Opcode::RShift => {
                let r = match top.last2() {
                    Some((&Value::Int(x), &Value::Int(y))) => match ins.op {
                        Opcode::BitAnd => Some(x & y),
                        Opcode::BitOr => Some(x | y),
                        Opcode::BitXor => Some(x ^ y),
                        // A negative count raises; a result past 64 bits
                        // is a big int: both for the general arm.
                        Opcode::LShift => (0..64).contains(&y).then(|| x << y).filter(|v| v >> y == x),
                        _ => (0..64).contains(&y).then(|| x >> y),
                    },
                    _ => None,
                };
                match r {
                    Some(r) => {
                        top.replace2(Value::Int(r));
                        true
                    }
                    None => false,
                }
            }
            Opcode::FloorDiv => {
                let q = match top.last2() {
                    Some((&Value::Int(x), &Value::Int(y))) => crate::numeric::int_floordiv(x, y).ok().flatten(),
                    _ => None,
                };
                match q {
                    Some(q) => {
                        top.replace2(Value::Int(q));
                        true
                    }
                    None => false,
                }
            }
            Opcode::Mod => {
                let r = match top.last2() {
                    Some((&Value::Int(x), &Value::Int(y))) => crate::numeric::int_mod(x, y).ok().map(Value::Int),
                    Some((&Value::Float(x), &Value::Float(y))) => {
                        crate::numeric::float_mod(x, y).ok().map(Value::Float)
                    }
                    _ => None,
                };
                match r {
                    Some(r) => {
                        top.replace2(r);
                        true
                    }
                    None => false,
                }
            }
            Opcode::CompareJump => {
                let cmp = CompareKind::from_arg(arg);
                let holds = match top.last2() {
                    Some((&Value::Int(x), &Value::Int(y))) => cmp.holds(Some(x.cmp(&y))),
                    Some((&Value::Float(x), &Value::Float(y))) => cmp.holds(x.partial_cmp(&y)),
                    Some((&a, &b)) => match numeric_order(a, b) {
                        Some(order) => cmp.holds(order),
                        None if matches!(cmp, CompareKind::Eq | CompareKind::Ne) => match self.strs_equal(a, b) {
                            Some(equal) => equal == (cmp == CompareKind::Eq),
                            None => return false,
                        },
                        None => match self.strs_order(a, b) {
                            Some(order) => cmp.holds(Some(order)),
                            None => return false,
                        },
                    },
                    None => return false,
                };
                top.drop_top(2);
                if !holds {
                    *pc = CompareKind::target(arg);
                }
                true
            }
            Opcode::Lt | Opcode::Le | Opcode::Gt | Opcode::Ge => {
                let op = OrderOp::of_ordering_opcode(ins.op);
                let holds = match top.last2() {
                    Some((&Value::Int(x), &Value::Int(y))) => op.holds(Some(x.cmp(&y))),
                    Some((&Value::Float(x), &Value::Float(y))) => op.holds(x.partial_cmp(&y)),
                    // An int and a float, a bool: compared exactly.
                    Some((&a, &b)) => match numeric_order(a, b) {
                        Some(order) => op.holds(order),
                        None => match self.strs_order(a, b) {
                            Some(order) => op.holds(Some(order)),
                            None => return false,
                        },
                    },
                    None => return false,
                };
                top.replace2(Value::Bool(holds));
                true
            }
            Opcode::Eq | Opcode::Ne => {
                let equal = match top.last2() {
                    Some((&Value::Int(x), &Value::Int(y))) => x == y,
                    Some((&Value::Float(x), &Value::Float(y))) => x == y,
                    Some((&a, &b)) => match numeric_order(a, b) {
                        Some(order) => order == Some(std::cmp::Ordering::Equal),
                        None => match self.strs_equal(a, b) {
                            Some(equal) => equal,
                            None => return false,
                        },
                    },
                    None => return false,
                };
                top.replace2(Value::Bool(equal == (ins.op == Opcode::Eq)));
                true
            }
            Opcode::Is | Opcode::IsNot => {
                let Some((&a, &b)) = top.last2() else { return false };
                top.replace2(Value::Bool(a.is(b) == (ins.op == Opcode::Is)));
                true
            }
            Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue => {
                let Some(t) = top.last().and_then(plain_truth) else {
                    return false;
                };
                top.drop_top(1);
                if t == (ins.op == Opcode::PopJumpIfTrue) {
                    *pc = arg as usize;
                }
                true
            }
            Opcode::LoadGlobal => match self.global_or_builtin(cid, arg) {
                Value::Undef => false,
                v => top.push(v),
            },
            Opcode::LoadSubscr => {
                let item = match top.last2() {
                    Some((&Value::Obj(r), &Value::Int(i))) if i >= 0 => match self.heap.list(r) {
                        Some(l) if (i as usize) < l.len() => l.get(i as usize),
                        Some(_) => return false,
                        None => match self.heap.tuple(r).and_then(|t| t.get(i as usize)) {
                            Some(&v) => v,
                            // An ASCII str's character: one of the strs
                            // made once, at start.
                            None => match self.heap.str_obj(r) {
                                Some(s) if s.is_ascii() => match s.as_str().as_bytes().get(i as usize) {
                                    Some(&b) => match self.heap.ascii_table().get(b as usize) {
                                        Some(&c) => Value::Obj(c),
                                        None => return false,
                                    },
                                    None => return false,
                                },
                                _ => return false,
                            },
                        },
                    },
                    Some((&Value::Obj(r), &key)) => match self.plain_dict_get(r, key) {
                        Some(Some(v)) => v,
                        _ => return false,
                    },
                    _ => return false,
                };
                top.replace2(item);
                true
            }
            // `key in d` for a dict or a set and a str or int key; a str in a str
            // (`c in "+-*/"`).
            Opcode::In | Opcode::NotIn => {
                let Some((&key, &Value::Obj(r))) = top.last2() else {
                    return false;
                };
                let found = match self.heap.str_obj(r) {
                    Some(haystack) => match key.as_obj().and_then(|k| self.heap.str_obj(k)) {
                        Some(needle) => crate::object::str::str_contains(haystack.as_str(), needle.as_str()),
                        None => return false,
                    },
                    None if self.heap.set(r).is_some() && self.is_plain_key(key) => match self.set_contains(r, key) {
                        Ok(found) => found,
                        Err(_) => return false,
                    },
                    None => match self.plain_dict_get(r, key) {
                        Some(found) => found.is_some(),
                        None => return false,
                    },
                };
                top.replace2(Value::Bool(found == (ins.op == Opcode::In)));
                true
            }
            // [value, list, index] and, for `c[i] op= v`, [list, index,
            // value] (its second half skipped): a value the list's storage
            // holds, stored in place.
            Opcode::StoreSubscr | Opcode::RotThreeStoreSubscr => {
                let n = top.len();
                if n < 3 {
                    return false;
                }
                let at = |i: usize| *top.get(i).expect("below the length");
                let (value, container, index) = if ins.op == Opcode::StoreSubscr {
                    (at(n - 3), at(n - 2), at(n - 1))
                } else {
                    (
                        Value::copied_by_halves(top.get(n - 1).expect("below the length")),
                        at(n - 3),
                        at(n - 2),
                    )
                };
                let Value::Obj(r) = container else { return false };
                match (self.heap.list_mut(r), index) {
                    (Some(l), Value::Int(i)) if i >= 0 && (i as usize) < l.len() && l.holds(value) => {
                        l.set(i as usize, value)
                    }
                    (Some(_), _) => return false,
                    // A dict's existing entry for an int or str key.
                    (None, _) => {
                        if !self.dict_replace_plain(r, index, value) {
                            return false;
                        }
                    }
                }
                top.drop_top(3);
                if ins.op == Opcode::RotThreeStoreSubscr {
                    *pc += 1;
                }
                true
            }
            Opcode::ForIter => {
                let Some(&Value::Obj(it)) = top.last() else {
                    return false;
                };
                if top.room() == 0 {
                    return false;
                }
                match self.iter_next_inline(it) {
                    Some(Some(v)) => top.push(v),
                    Some(None) => {
                        top.drop_top(1);
                        *pc = arg as usize;
                        true
                    }
                    None => false,
                }
            }
            // A tuple of the right length (`a, b = pair`): its items go
            // onto the stack, last first.
            Opcode::UnpackSequence => {
                let Some(&Value::Obj(r)) = top.last() else { return false };
                let Some(t) = self.heap.tuple(r) else { return false };
                if t.len() != arg as usize || top.room() + 1 < t.len() {
                    return false;
                }
                top.drop_top(1);
                for &v in t.iter().rev() {
                    top.push(v);
                }
                true
            }
            // `len(x)` of a list, tuple, str, dict or set: no call made
            // (unless a trace left this call's outcome for its redo).
            Opcode::Call if arg == 1 && self.pending_call.is_none() => {
                let Some((&Value::Obj(f), &Value::Obj(x))) = top.last2() else {
                    return false;
                };
                let sized = matches!(
                    self.heap.kind(x),
                    Kind::List | Kind::Tuple | Kind::Str | Kind::Dict | Kind::Set
                );
                if !sized || !crate::builtins::is_len(self, f) {
                    return false;
                }
                let Ok(n) = self.len_of(Value::Obj(x)) else {
                    return false;
                };
                top.replace2(Value::Int(n));
                true
            }
            // A built-in method or a class's function that the
            // instruction's cache holds: it exists, which is all this
            // instruction checks.
            Opcode::CheckMethod => {
                let Some(&receiver) = top.last() else { return false };
                let site = CacheSite { code: cid, pc: *pc - 1 };
                self.cached_native_method(site, receiver).is_some()
                    || (self.class_of(receiver).is_some() && self.method_cached(receiver, site))
            }
            // `xs.append(v)` on a list whose buffer has room for `v` as
            // its storage holds it (a bigger buffer is an allocation, for
            // the general arm); `d.get(k)` and `d.get(k, default)` of a
            // dict and an int or str key.
            Opcode::CallMethod if self.pending_call.is_none() => {
                let argc = (arg & 0xff) as usize;
                let n = top.len();
                let Some(&Value::Obj(receiver)) = top.get(n.wrapping_sub(argc + 1)) else {
                    return false;
                };
                let kind = self.heap.kind(receiver);
                if !matches!((kind, argc), (Kind::List, 1) | (Kind::Dict, 1 | 2)) {
                    return false;
                }
                let name = self.codes[cid.0 as usize].names[(arg >> 8) as usize];
                let name = self.heap.str_obj(name).map_or("", |s| s.as_str());
                let &first = top.get(n - argc).expect("below the length");
                let result = match kind {
                    Kind::List if name == "append" => {
                        if !self.heap.list_mut(receiver).is_some_and(|l| l.push_in_place(first)) {
                            return false;
                        }
                        Value::None
                    }
                    Kind::Dict if name == "get" => match self.plain_dict_get(receiver, first) {
                        Some(Some(v)) => v,
                        Some(None) if argc == 2 => *top.last().expect("below the length"),
                        Some(None) => Value::None,
                        None => return false,
                    },
                    _ => return false,
                };
                top.drop_top(argc);
                top.set(n - argc - 1, result)
            }
            // A comprehension's append, of a value that fits the list's
            // buffer as its storage holds it.
            Opcode::ListAppend => {
                let n = top.len();
                let (Some(&v), Some(&Value::Obj(list))) = (top.last(), top.get(n.wrapping_sub(2 + arg as usize)))
                else {
                    return false;
                };
                if !self.heap.list_mut(list).is_some_and(|l| l.push_in_place(v)) {
                    return false;
                }
                top.drop_top(1);
                true
            }
            // `isinstance(x, C)` of a built-in type or a class with no
            // metaclass to ask: the class's own answer, no call made.
            Opcode::Call if arg == 2 && self.pending_call.is_none() => {
                let n = top.len();
                let (Some(&Value::Obj(f)), Some((&x, &cls))) = (top.get(n.wrapping_sub(3)), top.last2()) else {
                    return false;
                };
                if self.meta_of(cls).is_some() || !crate::builtins::is_isinstance(self, f) {
                    return false;
                }
                let Some(answer) = self.instance_of_class(x, cls) else {
                    return false;
                };
                top.drop_top(2);
                top.set(n - 3, Value::Bool(answer))
            }
            // A store into an instance slot the instruction's cache names
            // (one that keeps the instance's shape).
            Opcode::StoreAttr => {
                let Some((&value, &Value::Obj(r))) = top.last2() else {
                    return false;
                };
                let cached = self.codes[cid.0 as usize].caches[*pc - 1].get();
                if !self.store_cached_in_place(cached, r, value) {
                    return false;
                }
                top.drop_top(2);
                true
            }
            // An attribute the instruction's cache holds.
            Opcode::LoadAttr => {
                let Some(&v) = top.last() else { return false };
                let site = CacheSite { code: cid, pc: *pc - 1 };
                match self.cached_attr(site, v) {
                    Some(attr) => {
                        let n = top.len();
                        top.set(n - 1, attr)
                    }
                    None => false,
                }
            }
            // A tick that needs no poll, at a loop that is not about to be
            // recorded and has no trace to run.
            Opcode::Loop => {
                let counting = self.hot_threshold != u32::MAX;
                if counting {
                    let state = &self.loops[cid.0 as usize][arg as usize];
                    if state.trace != NO_TRACE || state.countdown <= 1 {
                        return false;
                    }
                }
                if !self.tick_quietly() {
                    return false;
                }
                if counting {
                    self.loops[cid.0 as usize][arg as usize].countdown -= 1;
                }
                true
            }
            _ => false,
        }
    }
}
