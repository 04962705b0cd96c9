//! Equality and ordering with CPython's meaning: numbers compare exactly
//! across int, float and bool; sequences compare item by item; values of
//! unrelated types are unequal and unordered (`TypeError`).

use std::cmp::Ordering;

use crate::error::{ExcKind, OpResult, RawError};
use crate::heap::ObjRef;
use crate::methods::position_in;
use crate::numeric::cmp_int_float;
use crate::object::{DictViewKind, Items, Obj};
use crate::value::Value;
use crate::vm::Vm;

/// An ordering comparison operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrderOp {
    Lt,
    Le,
    Gt,
    Ge,
}

impl OrderOp {
    pub fn symbol(self) -> &'static str {
        match self {
            OrderOp::Lt => "<",
            OrderOp::Le => "<=",
            OrderOp::Gt => ">",
            OrderOp::Ge => ">=",
        }
    }
    /// Whether an ordering satisfies the operator (None: unordered, NaN).
    pub fn holds(self, ord: Option<Ordering>) -> bool {
        match (self, ord) {
            (_, None) => false,
            (OrderOp::Lt, Some(o)) => o == Ordering::Less,
            (OrderOp::Le, Some(o)) => o != Ordering::Greater,
            (OrderOp::Gt, Some(o)) => o == Ordering::Greater,
            (OrderOp::Ge, Some(o)) => o != Ordering::Less,
        }
    }
}

/// Nesting depth of containers compared before giving up, so comparing
/// deeply nested lists cannot overflow the host stack.
const MAX_COMPARE_DEPTH: usize = 900;

/// Compares two numbers exactly, or returns None if either is not one.
pub fn numeric_order(a: Value, b: Value) -> Option<Option<Ordering>> {
    Some(match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(&y),
        (Value::Float(x), _) => cmp_int_float(b.as_index()?, x).map(Ordering::reverse),
        (_, Value::Float(y)) => cmp_int_float(a.as_index()?, y),
        _ => Some(a.as_index()?.cmp(&b.as_index()?)),
    })
}

impl Vm {
    /// `a == b`.
    #[inline]
    pub fn eq(&self, a: Value, b: Value) -> OpResult<bool> {
        // Two strs (a char against a one-char constant, say) before the
        // numeric tower and containers.
        if let (Value::Obj(ra), Value::Obj(rb)) = (a, b) {
            if let (Some(x), Some(y)) = (self.heap.str_obj(ra), self.heap.str_obj(rb)) {
                return Ok(ra == rb || x.same_text(y));
            }
        }
        self.eq_depth(a, b, 0)
    }

    fn eq_depth(&self, a: Value, b: Value, depth: usize) -> OpResult<bool> {
        if let Some(ord) = numeric_order(a, b) {
            return Ok(ord == Some(Ordering::Equal));
        }
        let (ra, rb) = match (a, b) {
            (Value::Obj(ra), Value::Obj(rb)) => (ra, rb),
            (Value::None, Value::None) | (Value::Undef, Value::Undef) => return Ok(true),
            _ => return Ok(false),
        };
        if ra == rb {
            // Identity implies equality for containers (CPython's rule),
            // and a str or tuple is equal to itself.
            return Ok(true);
        }
        if depth > MAX_COMPARE_DEPTH {
            return Err(RawError::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded in comparison",
            ));
        }
        match (self.heap.get(ra), self.heap.get(rb)) {
            (Obj::Str(x), Obj::Str(y)) => Ok(x.same_text(y)),
            (Obj::List(x), Obj::List(y)) => self.seq_eq(x.items(), y.items(), depth),
            (Obj::Tuple(x), Obj::Tuple(y)) => self.seq_eq(Items::Values(x), Items::Values(y), depth),
            (Obj::Dict(x), Obj::Dict(y)) => {
                if x.table.len() != y.table.len() {
                    return Ok(false);
                }
                for e in x.table.iter() {
                    match self.dict_find(&y.table, e.hash, e.key)? {
                        Some(at) => {
                            let yv = y.table.entry(at).value;
                            if !(e.value.is(yv) || self.eq_depth(e.value, yv, depth + 1)?) {
                                return Ok(false);
                            }
                        }
                        None => return Ok(false),
                    }
                }
                Ok(true)
            }
            (Obj::Range(x), Obj::Range(y)) => {
                let (nx, ny) = (x.len(), y.len());
                Ok(nx == ny && (nx == 0 || (x.start == y.start && (nx == 1 || x.step == y.step))))
            }
            (Obj::Type(x), Obj::Type(y)) => Ok(x == y),
            (Obj::Typing(x), Obj::Typing(y)) => crate::typing::eq(x, y, &mut |a, b| self.eq_depth(a, b, depth + 1)),
            (Obj::BoundMethod(x), Obj::BoundMethod(y)) => Ok(x.receiver.is(y.receiver) && x.name == y.name),
            (Obj::DictView(x), Obj::DictView(y)) if x.kind == DictViewKind::Keys && y.kind == DictViewKind::Keys => {
                self.keys_eq(x.dict, y.dict)
            }
            _ => Ok(false),
        }
    }

    /// Item-by-item equality; lists of the same typed storage compare
    /// their arrays directly (a float equals itself by bits too, so the
    /// same NaN object is equal to itself, as in CPython).
    fn seq_eq(&self, x: Items, y: Items, depth: usize) -> OpResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        match (x, y) {
            (Items::Ints(a), Items::Ints(b)) => return Ok(a == b),
            (Items::Bools(a), Items::Bools(b)) => return Ok(a == b),
            (Items::Floats(a), Items::Floats(b)) => {
                return Ok(a.iter().zip(b).all(|(p, q)| p == q || p.to_bits() == q.to_bits()))
            }
            _ => {}
        }
        for (a, b) in x.iter().zip(y.iter()) {
            if !(a.is(b) || self.eq_depth(a, b, depth + 1)?) {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Two dicts' key sets are equal (`d1.keys() == d2.keys()`).
    fn keys_eq(&self, x: ObjRef, y: ObjRef) -> OpResult<bool> {
        let (Some(x), Some(y)) = (self.heap.dict(x), self.heap.dict(y)) else {
            return Ok(false);
        };
        if x.table.len() != y.table.len() {
            return Ok(false);
        }
        for e in x.table.iter() {
            if self.dict_find(&y.table, e.hash, e.key)?.is_none() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a < b`, `a <= b`, `a > b`, `a >= b`.
    pub fn compare(&self, op: OrderOp, a: Value, b: Value) -> OpResult<bool> {
        self.compare_depth(op, a, b, 0)
    }

    fn compare_depth(&self, op: OrderOp, a: Value, b: Value, depth: usize) -> OpResult<bool> {
        if let Some(ord) = numeric_order(a, b) {
            return Ok(op.holds(ord));
        }
        if depth > MAX_COMPARE_DEPTH {
            return Err(RawError::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded in comparison",
            ));
        }
        if let (Value::Obj(ra), Value::Obj(rb)) = (a, b) {
            match (self.heap.get(ra), self.heap.get(rb)) {
                (Obj::Str(x), Obj::Str(y)) => return Ok(op.holds(Some(x.as_str().cmp(y.as_str())))),
                (Obj::List(x), Obj::List(y)) => return self.seq_compare(op, x.items(), y.items(), depth),
                (Obj::Tuple(x), Obj::Tuple(y)) => {
                    return self.seq_compare(op, Items::Values(x), Items::Values(y), depth)
                }
                _ => {}
            }
        }
        Err(RawError::type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            self.type_name(a),
            self.type_name(b)
        )))
    }

    /// Lexicographic: the first unequal pair decides, else the lengths.
    fn seq_compare(&self, op: OrderOp, x: Items, y: Items, depth: usize) -> OpResult<bool> {
        for (a, b) in x.iter().zip(y.iter()) {
            if !(a.is(b) || self.eq_depth(a, b, depth + 1)?) {
                return self.compare_depth(op, a, b, depth + 1);
            }
        }
        Ok(op.holds(Some(x.len().cmp(&y.len()))))
    }

    /// `needle in haystack`.
    pub fn contains(&self, haystack: Value, needle: Value) -> OpResult<bool> {
        if let Value::Obj(r) = haystack {
            match self.heap.get(r) {
                Obj::Str(s) => {
                    return match self.as_str(needle) {
                        Some(n) => Ok(s.as_str().contains(n)),
                        None => Err(RawError::type_error(format!(
                            "'in <string>' requires string as left operand, not {}",
                            self.type_name(needle)
                        ))),
                    }
                }
                Obj::List(l) => return Ok(position_in(self, l.items(), needle, 0, usize::MAX)?.is_some()),
                Obj::Tuple(t) => return Ok(position_in(self, Items::Values(t), needle, 0, usize::MAX)?.is_some()),
                Obj::Dict(_) => return self.dict_contains(r, needle),
                Obj::DictView(view) => {
                    let Some(d) = self.heap.dict(view.dict) else {
                        return Ok(false);
                    };
                    return match view.kind {
                        DictViewKind::Keys => self.dict_contains(view.dict, needle),
                        DictViewKind::Values => {
                            for e in d.table.iter() {
                                if e.value.is(needle) || self.eq(e.value, needle)? {
                                    return Ok(true);
                                }
                            }
                            Ok(false)
                        }
                        DictViewKind::Items => {
                            let Some(t) = needle.as_obj().and_then(|n| self.heap.tuple(n)) else {
                                return Ok(false);
                            };
                            if t.len() != 2 {
                                return Ok(false);
                            }
                            for e in d.table.iter() {
                                let pair = [e.key, e.value];
                                if self.seq_eq(Items::Values(t), Items::Values(&pair), 0)? {
                                    return Ok(true);
                                }
                            }
                            Ok(false)
                        }
                    };
                }
                Obj::Range(range) => {
                    let i = match needle {
                        Value::Int(i) => i,
                        Value::Bool(b) => b as i64,
                        Value::Float(f) if f.fract() == 0.0 && f.abs() < 9.2e18 => f as i64,
                        _ => return Ok(false),
                    };
                    let (start, step) = (range.start as i128, range.step as i128);
                    let offset = i as i128 - start;
                    let n = range.len() as i128;
                    return Ok(n > 0 && offset % step == 0 && (0..n).contains(&(offset / step)));
                }
                _ => {}
            }
        }
        Err(RawError::type_error(format!(
            "argument of type '{}' is not iterable",
            self.type_name(haystack)
        )))
    }
}
