//! Equality and ordering with CPython's meaning: numbers compare exactly
//! across int, float and bool; sequences compare item by item; values of
//! unrelated types are unequal and unordered (`TypeError`).

use std::cmp::Ordering;

use crate::error::{ExcKind, OpResult, RawError};
use crate::heap::ObjRef;
use crate::limits::ITEM_TICKS;
use crate::methods::position_in;
use crate::numeric::cmp_int_float;
use crate::object::{DictViewKind, Items, Kind, Obj};
use crate::special::Special;
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
    /// The operator of `Lt`, `Le`, `Gt` or `Ge` (any other opcode: `Ge`,
    /// for callers that matched those four).
    #[inline(always)]
    pub fn of_ordering_opcode(op: crate::bytecode::Opcode) -> OrderOp {
        use crate::bytecode::Opcode;
        match op {
            Opcode::Lt => OrderOp::Lt,
            Opcode::Le => OrderOp::Le,
            Opcode::Gt => OrderOp::Gt,
            _ => OrderOp::Ge,
        }
    }

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

/// What equality learns from one pair of values without descending into
/// their items.
enum Shallow {
    Equal(bool),
    /// Two sequences of the same kind and length: equal if their items are.
    Seqs(ObjRef, ObjRef),
    /// Two dicts of the same size: equal if each key of the first maps to
    /// an equal value in the second.
    Dicts(ObjRef, ObjRef),
}

/// What a pair of containers being compared has next.
enum Next {
    Pair(Value, Value),
    /// A key of the first dict is missing from the second.
    Unequal,
    Done,
}

/// A pair of containers being compared item by item, and how far.
struct Pending {
    shape: Shallow,
    at: usize,
}

impl Vm {
    /// `a <cmp> b` for two values neither of which is an instance (so no
    /// script method runs): what `COMPARE_JUMP` and the traces compute.
    pub fn compare_plain(&self, cmp: crate::bytecode::CompareKind, a: Value, b: Value) -> OpResult<bool> {
        match cmp.order_op() {
            Some(op) => self.compare(op, a, b),
            None => Ok(self.eq(a, b)? == (cmp == crate::bytecode::CompareKind::Eq)),
        }
    }

    /// `a == b`.
    #[inline]
    pub fn eq(&self, a: Value, b: Value) -> OpResult<bool> {
        // Two strs (a char against a one-char constant, say) before the
        // numeric tower and containers.
        if let Some(equal) = self.strs_equal(a, b) {
            return Ok(equal);
        }
        self.eq_walk(a, b)
    }

    /// `a == b` when both are strs; None otherwise.
    #[inline(always)]
    pub fn strs_equal(&self, a: Value, b: Value) -> Option<bool> {
        if let (Value::Obj(ra), Value::Obj(rb)) = (a, b) {
            if let (Some(x), Some(y)) = (self.heap.str_obj(ra), self.heap.str_obj(rb)) {
                return Some(ra == rb || x.same_text(y));
            }
        }
        None
    }

    /// The order of two strs (code point by code point, which UTF-8's
    /// byte order is); None unless both are strs.
    #[inline(always)]
    pub fn strs_order(&self, a: Value, b: Value) -> Option<std::cmp::Ordering> {
        if let (Value::Obj(ra), Value::Obj(rb)) = (a, b) {
            if let (Some(x), Some(y)) = (self.heap.str_obj(ra), self.heap.str_obj(rb)) {
                return Some(x.as_str().cmp(y.as_str()));
            }
        }
        None
    }

    /// Equality of nested containers, with a stack of its own: one
    /// `Pending` per level, never host recursion. A tick per item.
    fn eq_walk(&self, a: Value, b: Value) -> OpResult<bool> {
        // Inline for the usual few levels: `(a, b) == (c, d)` in a hot loop
        // allocates nothing.
        let mut stack: smallvec::SmallVec<[Pending; 4]> = smallvec::SmallVec::new();
        let mut next = Some((a, b));
        loop {
            if let Some((a, b)) = next.take() {
                match self.eq_shallow(a, b)? {
                    Shallow::Equal(false) => return Ok(false),
                    Shallow::Equal(true) => {}
                    shape => {
                        if stack.len() > MAX_COMPARE_DEPTH {
                            return Err(RawError::new(
                                ExcKind::RecursionError,
                                "maximum recursion depth exceeded in comparison",
                            ));
                        }
                        stack.push(Pending { shape, at: 0 });
                    }
                }
            }
            let Some(top) = stack.last_mut() else {
                return Ok(true);
            };
            match self.next_pair(top)? {
                Next::Pair(a, b) => next = Some((a, b)),
                Next::Unequal => return Ok(false),
                Next::Done => {
                    stack.pop();
                }
            }
        }
    }

    /// The next pair of items two containers must have equal, skipping
    /// pairs that are the same object (so the same NaN equals itself).
    fn next_pair(&self, top: &mut Pending) -> OpResult<Next> {
        match top.shape {
            Shallow::Seqs(x, y) => {
                let (Some(xs), Some(ys)) = (self.heap.seq_items(x), self.heap.seq_items(y)) else {
                    return Ok(Next::Done);
                };
                while top.at < xs.len().min(ys.len()) {
                    let (a, b) = (xs.get(top.at), ys.get(top.at));
                    top.at += 1;
                    self.charge(ITEM_TICKS)?;
                    if !a.is(b) {
                        return Ok(Next::Pair(a, b));
                    }
                }
                Ok(Next::Done)
            }
            Shallow::Dicts(x, y) => {
                let (Some(dx), Some(dy)) = (self.heap.dict(x), self.heap.dict(y)) else {
                    return Ok(Next::Done);
                };
                while let Some(e) = dx.table.raw_entry(top.at) {
                    top.at += 1;
                    if !e.is_live() {
                        continue;
                    }
                    self.charge(ITEM_TICKS)?;
                    let Some(at) = self.dict_find(&dy.table, e.hash, e.key)? else {
                        return Ok(Next::Unequal);
                    };
                    let yv = dy.table.entry(at).value;
                    if !e.value.is(yv) {
                        return Ok(Next::Pair(e.value, yv));
                    }
                }
                Ok(Next::Done)
            }
            Shallow::Equal(_) => Ok(Next::Done),
        }
    }

    /// `eq_shallow` with an instance on either side: a named tuple compares
    /// as its tuple; an instance whose class has `__eq__` needs the
    /// script; any other is equal only to itself (not the case here). Out
    /// of line: the comparisons of strs and numbers that dict lookups make
    /// stay small enough to inline.
    #[cold]
    #[inline(never)]
    fn instances_eq_shallow(&self, a: Value, b: Value) -> OpResult<Shallow> {
        use crate::modules::collections::namedtuple::{instance_eq, InstanceEq};
        // One look at each class (remembered per class): most instances
        // have no `__eq__` (`x in nodes` walks them by identity).
        let (ea, eb) = (instance_eq(self, a), instance_eq(self, b));
        let tuple = |e: &InstanceEq| match e {
            InstanceEq::Tuple(t) => Some(Value::Obj(*t)),
            _ => None,
        };
        let (ta, tb) = (tuple(&ea), tuple(&eb));
        if ta.is_some() || tb.is_some() {
            return self.eq_shallow(ta.unwrap_or(a), tb.unwrap_or(b));
        }
        match (ea, eb) {
            (InstanceEq::Script, _) => Err(self.needs_script(a, "__eq__")),
            (_, InstanceEq::Script) => Err(self.needs_script(b, "__eq__")),
            _ => Ok(Shallow::Equal(false)),
        }
    }

    /// Compares what can be compared without looking at items (charging,
    /// for typed lists compared as arrays, their bytes). The item ticks are
    /// charged where items are visited (`next_pair`): comparing two numbers
    /// costs nothing, in the interpreter as in compiled code.
    fn eq_shallow(&self, a: Value, b: Value) -> OpResult<Shallow> {
        // Two objects neither of which is a number (the items of nested
        // keys): straight to their kinds.
        if let (Value::Obj(ra), Value::Obj(rb)) = (a, b) {
            let number = |r: ObjRef| matches!(self.heap.kind(r), Kind::BigInt | Kind::Complex);
            if !number(ra) && !number(rb) {
                return self.objects_eq_shallow(a, b, ra, rb);
            }
        }
        if let Some(ord) = numeric_order(a, b).or_else(|| self.big_order(a, b)) {
            return Ok(Shallow::Equal(ord == Some(Ordering::Equal)));
        }
        if let Some(same) = self.complex_eq(a, b) {
            return Ok(Shallow::Equal(same));
        }
        let (ra, rb) = match (a, b) {
            (Value::Obj(ra), Value::Obj(rb)) => (ra, rb),
            (Value::None, Value::None) | (Value::Undef, Value::Undef) => return Ok(Shallow::Equal(true)),
            // An instance against a number, None or a bool: its `__eq__`
            // decides, if it has one.
            (v @ Value::Obj(_), _) | (_, v @ Value::Obj(_)) if self.special_method(v, Special::Eq).is_some() => {
                return Err(self.needs_script(v, "__eq__"))
            }
            _ => return Ok(Shallow::Equal(false)),
        };
        self.objects_eq_shallow(a, b, ra, rb)
    }

    /// `eq_shallow` of two objects (`a` and `b`, at `ra` and `rb`) once
    /// numbers have had their say.
    fn objects_eq_shallow(&self, a: Value, b: Value, ra: ObjRef, rb: ObjRef) -> OpResult<Shallow> {
        if ra == rb {
            // Identity implies equality for containers (CPython's rule),
            // and a str or tuple is equal to itself.
            return Ok(Shallow::Equal(true));
        }
        Ok(match (self.heap.get(ra), self.heap.get(rb)) {
            (Obj::Instance(_), _) | (_, Obj::Instance(_)) => self.instances_eq_shallow(a, b)?,
            (Obj::Method(x), Obj::Method(y)) => Shallow::Equal(x.receiver.is(y.receiver) && x.func.is(y.func)),
            (Obj::Str(x), Obj::Str(y)) => Shallow::Equal(x.same_text(y)),
            (Obj::List(x), Obj::List(y)) => self.seqs_shallow(ra, rb, x.items(), y.items())?,
            (Obj::Tuple(x), Obj::Tuple(y)) => self.seqs_shallow(ra, rb, Items::Values(x), Items::Values(y))?,
            (Obj::Dict(x), Obj::Dict(y)) if x.table.len() != y.table.len() => Shallow::Equal(false),
            (Obj::Dict(_), Obj::Dict(_)) => Shallow::Dicts(ra, rb),
            (Obj::Set(_), Obj::Set(_)) => Shallow::Equal(self.sets_equal(ra, rb)?),
            (Obj::Range(x), Obj::Range(y)) => {
                let (nx, ny) = (x.len(), y.len());
                Shallow::Equal(nx == ny && (nx == 0 || (x.start == y.start && (nx == 1 || x.step == y.step))))
            }
            (Obj::Range(_) | Obj::BigRange(_), Obj::Range(_) | Obj::BigRange(_)) => {
                Shallow::Equal(self.ranges_equal(a, b).unwrap_or(false))
            }
            (Obj::Bytes(x), Obj::Bytes(y)) => {
                self.charge_bytes(x.data.len().min(y.data.len()))?;
                Shallow::Equal(x.data == y.data)
            }
            (Obj::Type(x), Obj::Type(y)) => Shallow::Equal(x == y),
            (Obj::Typing(x), Obj::Typing(y)) => {
                // Type hints compare their arguments through the typing
                // module, which comes back here: bounded by the host stack.
                self.check_host_stack()?;
                Shallow::Equal(crate::typing::eq(x, y, &mut |a, b| self.eq(a, b))?)
            }
            (Obj::BoundMethod(x), Obj::BoundMethod(y)) => Shallow::Equal(x.receiver.is(y.receiver) && x.name == y.name),
            (Obj::DictView(x), Obj::DictView(y)) if x.kind == DictViewKind::Keys && y.kind == DictViewKind::Keys => {
                Shallow::Equal(self.keys_eq(x.dict, y.dict)?)
            }
            _ => Shallow::Equal(false),
        })
    }

    /// Sequences of the same typed storage compare their arrays directly
    /// (a float equals itself by bits too, so the same NaN object is equal
    /// to itself, as in CPython); others item by item.
    fn seqs_shallow(&self, ra: ObjRef, rb: ObjRef, x: Items, y: Items) -> OpResult<Shallow> {
        if x.len() != y.len() {
            return Ok(Shallow::Equal(false));
        }
        let bulk = |n: usize| self.charge_bytes(n.saturating_mul(8));
        Ok(match (x, y) {
            (Items::Ints(a), Items::Ints(b)) => {
                bulk(a.len())?;
                Shallow::Equal(a == b)
            }
            (Items::Bools(a), Items::Bools(b)) => {
                bulk(a.len() / 8)?;
                Shallow::Equal(a == b)
            }
            (Items::Floats(a), Items::Floats(b)) => {
                bulk(a.len())?;
                Shallow::Equal(a.iter().zip(b).all(|(p, q)| p == q || p.to_bits() == q.to_bits()))
            }
            _ => Shallow::Seqs(ra, rb),
        })
    }

    /// Item-by-item equality of two sequences' items.
    fn seq_eq(&self, x: Items, y: Items) -> OpResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (a, b) in x.iter().zip(y.iter()) {
            if !(a.is(b) || self.eq(a, b)?) {
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
            self.charge(ITEM_TICKS)?;
            if self.dict_find(&y.table, e.hash, e.key)?.is_none() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a < b`, `a <= b`, `a > b`, `a >= b`. Sequences are lexicographic:
    /// the first unequal pair of items decides, else the lengths; that
    /// pair is compared the same way, a level down, in a loop.
    pub fn compare(&self, op: OrderOp, a: Value, b: Value) -> OpResult<bool> {
        let (mut a, mut b) = (a, b);
        let mut depth = 0;
        loop {
            if let Some(ord) = self.strs_order(a, b) {
                return Ok(op.holds(Some(ord)));
            }
            if let Some(ord) = numeric_order(a, b).or_else(|| self.big_order(a, b)) {
                return Ok(op.holds(ord));
            }
            if depth > MAX_COMPARE_DEPTH {
                return Err(RawError::new(
                    ExcKind::RecursionError,
                    "maximum recursion depth exceeded in comparison",
                ));
            }
            let (x, y) = match (a, b) {
                (Value::Obj(ra), Value::Obj(rb)) => match (self.heap.get(ra), self.heap.get(rb)) {
                    (Obj::List(x), Obj::List(y)) => (x.items(), y.items()),
                    (Obj::Tuple(x), Obj::Tuple(y)) => (Items::Values(x), Items::Values(y)),
                    (Obj::Set(_), Obj::Set(_)) => return self.set_order(op, ra, rb),
                    (Obj::Bytes(_), Obj::Bytes(_)) => {
                        return self.bytes_compare(op, a, b).expect("two bytes-like values")
                    }
                    (Obj::Instance(_), _) | (_, Obj::Instance(_)) => return Err(self.order_refused(op, a, b)),
                    _ => return Err(self.unorderable(op, a, b)),
                },
                _ => return Err(self.order_refused(op, a, b)),
            };
            let mut unequal = None;
            for (p, q) in x.iter().zip(y.iter()) {
                self.charge(ITEM_TICKS)?;
                if !(p.is(q) || self.eq(p, q)?) {
                    unequal = Some((p, q));
                    break;
                }
            }
            match unequal {
                Some((p, q)) => (a, b) = (p, q),
                None => return Ok(op.holds(Some(x.len().cmp(&y.len())))),
            }
            depth += 1;
        }
    }

    /// Why `a <op> b` has no plain answer: an instance's method (or its
    /// reflection) must decide, else the operands are unorderable.
    fn order_refused(&self, op: OrderOp, a: Value, b: Value) -> RawError {
        let names = match op {
            OrderOp::Lt | OrderOp::Gt => [Special::Lt, Special::Gt],
            OrderOp::Le | OrderOp::Ge => [Special::Le, Special::Ge],
        };
        for v in [a, b] {
            for name in names {
                if self.special_method(v, name).is_some() {
                    return self.needs_script(v, name.name());
                }
            }
        }
        self.unorderable(op, a, b)
    }

    fn unorderable(&self, op: OrderOp, a: Value, b: Value) -> RawError {
        RawError::type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// `needle in haystack`.
    pub fn contains(&self, haystack: Value, needle: Value) -> OpResult<bool> {
        if let Value::Obj(r) = haystack {
            match self.heap.get(r) {
                Obj::Str(s) => {
                    return match self.as_str(needle) {
                        Some(n) => Ok(crate::object::str::str_contains(s.as_str(), n)),
                        None => Err(RawError::type_error(format!(
                            "'in <string>' requires string as left operand, not {}",
                            self.type_name(needle)
                        ))),
                    }
                }
                Obj::List(l) => return Ok(position_in(self, l.items(), needle, 0, usize::MAX)?.is_some()),
                Obj::Tuple(t) => return Ok(position_in(self, Items::Values(t), needle, 0, usize::MAX)?.is_some()),
                Obj::Dict(_) => return self.dict_contains(r, needle),
                Obj::Set(_) => return self.set_contains(r, needle),
                Obj::Bytes(b) => return self.bytes_contains(&b.data, needle),
                Obj::BigRange(range) => return Ok(self.big_range_contains(range, needle)),
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
                                if self.seq_eq(Items::Values(t), Items::Values(&pair))? {
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
