//! Equality and ordering with CPython's meaning: numbers compare exactly
//! across int, float and bool; sequences compare item by item; values of
//! unrelated types are unequal and unordered (`TypeError`).

use std::cmp::Ordering;

use crate::error::{ExcKind, OpResult, RawError};
use crate::numeric::cmp_int_float;
use crate::object::Obj;
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

/// `a == b` for str contents, with the cheap answers first: one-character
/// strs (a char of a str being scanned, say) are compared without a call
/// to `memcmp`.
#[inline]
fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.first() == b.first() && a == b
}

impl Vm {
    /// `a == b`.
    #[inline]
    pub fn eq(&self, a: Value, b: Value) -> OpResult<bool> {
        // Two strs (a char against a one-char constant, say) before the
        // numeric tower and containers.
        if let (Value::Obj(ra), Value::Obj(rb)) = (a, b) {
            if let (Obj::Str(x), Obj::Str(y)) = (self.heap.get(ra), self.heap.get(rb)) {
                return Ok(ra == rb || same_text(&x.text, &y.text));
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
            (Obj::Str(x), Obj::Str(y)) => Ok(x.text == y.text),
            (Obj::List(x), Obj::List(y)) => self.seq_eq(x, y, depth),
            (Obj::Tuple(x), Obj::Tuple(y)) => self.seq_eq(x, y, depth),
            (Obj::Dict(x), Obj::Dict(y)) => {
                if x.map.len() != y.map.len() {
                    return Ok(false);
                }
                for (key, (_, xv)) in &x.map {
                    match y.map.get(key) {
                        Some((_, yv)) => {
                            if !(xv.is(*yv) || self.eq_depth(*xv, *yv, depth + 1)?) {
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
            _ => Ok(false),
        }
    }

    fn seq_eq(&self, x: &[Value], y: &[Value], depth: usize) -> OpResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (a, b) in x.iter().zip(y) {
            if !(a.is(*b) || self.eq_depth(*a, *b, depth + 1)?) {
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
                (Obj::Str(x), Obj::Str(y)) => return Ok(op.holds(Some(x.text.cmp(&y.text)))),
                (Obj::List(x), Obj::List(y)) => return self.seq_compare(op, x, y, depth),
                (Obj::Tuple(x), Obj::Tuple(y)) => return self.seq_compare(op, x, y, depth),
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
    fn seq_compare(&self, op: OrderOp, x: &[Value], y: &[Value], depth: usize) -> OpResult<bool> {
        for (a, b) in x.iter().zip(y) {
            if !(a.is(*b) || self.eq_depth(*a, *b, depth + 1)?) {
                return self.compare_depth(op, *a, *b, depth + 1);
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
                        Some(n) => Ok(s.text.contains(n)),
                        None => Err(RawError::type_error(format!(
                            "'in <string>' requires string as left operand, not {}",
                            self.type_name(needle)
                        ))),
                    }
                }
                Obj::List(items) => return self.any_eq(items, needle),
                Obj::Tuple(items) => return self.any_eq(items, needle),
                Obj::Dict(d) => return Ok(d.map.contains_key(&self.dict_key(needle)?)),
                Obj::DictView(d, kind) => {
                    if let Obj::Dict(d) = self.heap.get(*d) {
                        return match kind {
                            crate::object::DictViewKind::Keys => Ok(d.map.contains_key(&self.dict_key(needle)?)),
                            crate::object::DictViewKind::Values => {
                                let values: Vec<Value> = d.map.values().map(|(_, v)| *v).collect();
                                self.any_eq(&values, needle)
                            }
                            crate::object::DictViewKind::Items => {
                                let pairs: Vec<(Value, Value)> = d.map.values().copied().collect();
                                for (k, v) in pairs {
                                    let pair = [k, v];
                                    if let Some(Obj::Tuple(t)) = needle.as_obj().map(|n| self.heap.get(n)) {
                                        if t.len() == 2 && self.seq_eq(t, &pair, 0)? {
                                            return Ok(true);
                                        }
                                    }
                                }
                                Ok(false)
                            }
                        };
                    }
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

    fn any_eq(&self, items: &[Value], needle: Value) -> OpResult<bool> {
        for item in items {
            if item.is(needle) || self.eq(*item, needle)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}
