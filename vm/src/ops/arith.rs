//! Binary and unary operators on values. The interpreter handles int and
//! float operands inline and calls these for everything else.

use crate::error::PyError;
use crate::error::{OpResult, RawError};
use crate::format::{percent_format_in, Num, PercentArg, PercentContext};
use crate::heap::ObjRef;
use crate::numeric;
use crate::object::{ListObj, Obj};
use crate::special::Special;
use crate::value::Value;
use crate::vm::Vm;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
}

impl BinOp {
    /// The operator a binary opcode applies (its in-place forms included).
    pub fn of_opcode(op: crate::bytecode::Opcode) -> Option<BinOp> {
        use crate::bytecode::Opcode as O;
        Some(match op {
            O::Add | O::InplaceAdd => BinOp::Add,
            O::Sub => BinOp::Sub,
            O::Mul | O::InplaceMul => BinOp::Mul,
            O::TrueDiv => BinOp::TrueDiv,
            O::FloorDiv => BinOp::FloorDiv,
            O::Mod => BinOp::Mod,
            O::Pow => BinOp::Pow,
            O::LShift => BinOp::LShift,
            O::RShift => BinOp::RShift,
            O::BitAnd => BinOp::BitAnd,
            O::BitOr => BinOp::BitOr,
            O::BitXor => BinOp::BitXor,
            _ => return None,
        })
    }
}

impl BinOp {
    /// The augmented-assignment spelling, as error messages name it.
    pub fn inplace_symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+=",
            BinOp::Sub => "-=",
            BinOp::Mul => "*=",
            BinOp::TrueDiv => "/=",
            BinOp::FloorDiv => "//=",
            BinOp::Mod => "%=",
            BinOp::Pow => "**=",
            BinOp::LShift => "<<=",
            BinOp::RShift => ">>=",
            BinOp::BitAnd => "&=",
            BinOp::BitOr => "|=",
            BinOp::BitXor => "^=",
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
}

/// Integer arithmetic with Python's meaning (floor division), for i64
/// operands; None when the exact result needs a big int.
pub fn int_binary(op: BinOp, a: i64, b: i64) -> OpResult<Option<Value>> {
    let int = |r: Option<i64>| r.map(Value::Int);
    Ok(match op {
        BinOp::Add => int(a.checked_add(b)),
        BinOp::Sub => int(a.checked_sub(b)),
        BinOp::Mul => int(a.checked_mul(b)),
        BinOp::TrueDiv => Some(Value::Float(numeric::int_truediv(a, b)?)),
        BinOp::FloorDiv => int(numeric::int_floordiv(a, b)?),
        BinOp::Mod => Some(Value::Int(numeric::int_mod(a, b)?)),
        BinOp::Pow => numeric::int_pow(a, b)?.map(|n| match n {
            Num::Int(i) => Value::Int(i),
            Num::Float(f) => Value::Float(f),
        }),
        BinOp::LShift => int(numeric::int_lshift(a, b)?),
        BinOp::RShift => Some(Value::Int(numeric::int_rshift(a, b)?)),
        BinOp::BitAnd => Some(Value::Int(a & b)),
        BinOp::BitOr => Some(Value::Int(a | b)),
        BinOp::BitXor => Some(Value::Int(a ^ b)),
    })
}

/// Float arithmetic with Python's meaning; None for the bit operators,
/// which floats do not have.
pub fn float_binary(op: BinOp, a: f64, b: f64) -> Option<OpResult<Value>> {
    Some(match op {
        BinOp::Add => Ok(Value::Float(numeric::float_add(a, b))),
        BinOp::Sub => Ok(Value::Float(a - b)),
        BinOp::Mul => Ok(Value::Float(numeric::float_mul(a, b))),
        BinOp::TrueDiv => {
            if b == 0.0 {
                Err(RawError::zero_division("float division by zero"))
            } else {
                Ok(Value::Float(a / b))
            }
        }
        BinOp::FloorDiv => numeric::float_floordiv(a, b).map(Value::Float),
        BinOp::Mod => numeric::float_mod(a, b).map(Value::Float),
        BinOp::Pow => numeric::float_pow(a, b).map(Value::Float),
        _ => return None,
    })
}

impl Vm {
    /// `a op b` for any operands.
    pub fn binary_op(&mut self, op: BinOp, a: Value, b: Value) -> Result<Value, PyError> {
        // str + str first: the checks below for the numeric tower, sets and
        // instances cost more than building a short str.
        if op == BinOp::Add {
            if let Some(result) = self.concat_if_strs(a, b) {
                return Ok(result?);
            }
        }
        // Two bools under a bit operator stay bool (True & False is False).
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::BitAnd => return Ok(Value::Bool(x & y)),
                BinOp::BitOr => return Ok(Value::Bool(x | y)),
                BinOp::BitXor => return Ok(Value::Bool(x ^ y)),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (a.as_index(), b.as_index()) {
            if let Some(v) = int_binary(op, x, y)? {
                return Ok(v);
            }
        }
        if let Some(result) = self.complex_binary(op, a, b) {
            return result;
        }
        if op == BinOp::Pow {
            if let Some(result) = self.negative_fractional_pow(a, b) {
                return result;
            }
        }
        if let Some(result) = self.big_binary(op, a, b) {
            return Ok(result?);
        }
        if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
            if let (Some(x), Some(y)) = (a.as_f64(), b.as_f64()) {
                if let Some(result) = float_binary(op, x, y) {
                    return Ok(result?);
                }
            }
        }
        if self.either_instance(a, b) && !self.formats(op, a) {
            return self.instance_binary(op, a, b);
        }
        self.sequence_binary(op, a, b)
    }

    /// Whether `v` is a dict object itself (not a subclass's instance).
    pub(crate) fn is_dict(&self, v: Value) -> bool {
        matches!(v.as_obj().map(|r| self.heap.get(r)), Some(Obj::Dict(_)))
    }

    /// `a + b` if both are strs, in one allocation (the result's own); an
    /// empty operand gives the other back, as CPython does.
    pub fn concat_if_strs(&mut self, a: Value, b: Value) -> Option<OpResult<Value>> {
        let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else {
            return None;
        };
        let (Some(x), Some(y)) = (self.heap.str_obj(ra), self.heap.str_obj(rb)) else {
            return None;
        };
        Some(self.concat_strs(ra, x.byte_len(), rb, y.byte_len()))
    }

    fn concat_strs(&mut self, a: ObjRef, a_len: usize, b: ObjRef, b_len: usize) -> OpResult<Value> {
        if b_len == 0 {
            return Ok(Value::Obj(a));
        }
        if a_len == 0 {
            return Ok(Value::Obj(b));
        }
        let bytes = a_len + b_len;
        self.heap.reserve(bytes)?;
        self.charge_bytes(bytes)?;
        let (Some(x), Some(y)) = (self.heap.str_obj(a), self.heap.str_obj(b)) else {
            unreachable!("strs, checked by the caller")
        };
        Ok(Value::Obj(self.heap.new_str_concat(x, y)))
    }

    fn sequence_binary(&mut self, op: BinOp, a: Value, b: Value) -> Result<Value, PyError> {
        if op == BinOp::BitOr && self.is_dict(a) && self.is_dict(b) {
            // `a | b` (PEP 584): a new dict of a's entries updated by b's.
            let merged = self.new_dict();
            self.temp_roots.push(merged);
            let filled = crate::methods::dict_update(self, merged, Some(a), &[])
                .and_then(|()| crate::methods::dict_update(self, merged, Some(b), &[]));
            self.temp_roots.pop();
            return filled.map(|()| merged);
        }
        if let Some((ra, _)) = self.set_operands(a, b) {
            match op {
                BinOp::BitOr => {
                    let result = self.set_copy_like(ra)?;
                    self.set_update(result.as_obj().expect("a set"), b)?;
                    return Ok(result);
                }
                BinOp::BitAnd => return self.set_intersection(ra, b),
                BinOp::Sub => return self.set_difference(ra, b),
                BinOp::BitXor => return self.set_symmetric_difference(ra, b),
                _ => {}
            }
        }
        match op {
            BinOp::Add => {
                if let (Value::Obj(ra), Value::Obj(rb)) = (a, b) {
                    match (self.heap.get(ra), self.heap.get(rb)) {
                        (Obj::List(x), Obj::List(y)) => {
                            let storage = x.items().storage().join(y.items().storage());
                            let bytes = (x.len() + y.len()).saturating_mul(storage.item_size());
                            self.heap.reserve(bytes)?;
                            self.charge_bytes(bytes)?;
                            let (Some(x), Some(y)) = (self.heap.list(ra), self.heap.list(rb)) else {
                                unreachable!("matched above")
                            };
                            let joined = ListObj::concat(x.items(), y.items());
                            return Ok(Value::Obj(self.heap.alloc(joined)));
                        }
                        (Obj::Tuple(x), Obj::Tuple(y)) => {
                            // Twice: the joined items, then the tuple.
                            let bytes = (x.len() + y.len()).saturating_mul(32);
                            self.heap.reserve(bytes)?;
                            self.charge_bytes(bytes)?;
                            let (Some(x), Some(y)) = (self.heap.tuple(ra), self.heap.tuple(rb)) else {
                                unreachable!("matched above")
                            };
                            let items = [&x[..], &y[..]].concat();
                            return Ok(self.new_tuple(items));
                        }
                        _ => {}
                    }
                }
                if let Some(result) = self.bytes_concat(a, b) {
                    return result;
                }
                let left = self.type_name(a);
                if matches!(left, "str" | "list" | "tuple") {
                    return Err(RawError::type_error(format!(
                        "can only concatenate {left} (not \"{}\") to {left}",
                        self.type_name(b)
                    ))
                    .into());
                }
            }
            BinOp::Mul => {
                if let Some(result) = self.repeat(a, b).or_else(|| self.repeat(b, a)) {
                    return result;
                }
            }
            BinOp::Mod => {
                if let Some(fmt) = self.bytes_of(a) {
                    let fmt: String = fmt.iter().map(|&b| char::from(b)).collect();
                    let text = self.percent(&fmt, b, true)?;
                    let data: Vec<u8> = text.chars().map(|c| c as u8).collect();
                    return Ok(self.new_bytes(data, self.is_bytearray(a)));
                }
                if let Some(s) = self.spliced(a, b) {
                    return Ok(self.new_str(s?));
                }
                if let Some(fmt) = self.as_str_rc(a) {
                    let s = self.percent(&fmt, b, false)?;
                    return Ok(self.new_str(s));
                }
            }
            BinOp::BitOr => {
                if let Some(union) = crate::typing::union_op(self, a, b) {
                    return union;
                }
            }
            _ => {}
        }
        Err(self.unsupported(op, a, b).into())
    }

    pub fn unsupported(&self, op: BinOp, a: Value, b: Value) -> RawError {
        RawError::type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// `seq * n` if `seq` is a sequence; None if it is not one.
    fn repeat(&mut self, seq: Value, n: Value) -> Option<Result<Value, PyError>> {
        let r = seq.as_obj()?;
        if !matches!(
            self.heap.get(r),
            Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_)
        ) {
            return None;
        }
        let count = match n.as_index() {
            Some(count) => count.max(0) as usize,
            None if self.big_int(n).is_some() => {
                return Some(Err(RawError::new(
                    crate::error::ExcKind::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                )
                .into()))
            }
            None => {
                return Some(Err(RawError::type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(n)
                ))
                .into()))
            }
        };
        if self.heap.bytes(r).is_some() {
            return Some(self.bytes_repeat(r, count).map_err(PyError::from));
        }
        let unit = match self.heap.get(r) {
            Obj::Str(s) => s.byte_len(),
            Obj::List(l) => l.len() * l.storage().item_size(),
            Obj::Tuple(items) => items.len() * 16,
            _ => 0,
        };
        let bytes = unit.saturating_mul(count);
        if let Err(e) = self.heap.reserve(bytes) {
            return Some(Err(e.into()));
        }
        if let Err(e) = self.charge_bytes(bytes) {
            return Some(Err(e.into()));
        }
        Some(Ok(match self.heap.get(r) {
            Obj::Str(s) => {
                let text = s.as_str().repeat(count);
                self.new_str(text)
            }
            Obj::List(l) => Value::Obj(self.heap.alloc(ListObj::repeated(l.items(), count))),
            Obj::Tuple(items) => {
                let items = items.repeat(count);
                self.new_tuple(items)
            }
            _ => unreachable!("checked above"),
        }))
    }

    /// Whether `a op b` is `%`-formatting: a str or bytes on the left
    /// formats whatever is on the right, whose `__rmod__` is never asked.
    pub(crate) fn formats(&self, op: BinOp, a: Value) -> bool {
        op == BinOp::Mod && (self.as_str(a).is_some() || self.bytes_of(a).is_some())
    }

    /// `fmt % args` where every field of str `fmt` is a plain `%s`, `%d` or
    /// `%.Nf` (or `%%`), by position or by key (`%(name)s`, from a dict),
    /// and every value a str or an int (`%d` an int, `%.Nf` a finite
    /// float), as code that builds text
    /// writes it (`"%s: %d" % (k, n)`, a log line's `%(levelname)s`): the
    /// texts spliced in, with no parse of flags, widths or forms. None for
    /// anything else, which `percent` formats (and reports).
    fn spliced(&self, fmt: Value, args: Value) -> Option<Result<String, PyError>> {
        let fmt = self.as_str(fmt)?;
        let one = [args];
        let (values, dict): (&[Value], _) = match args.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Tuple(items)) => (&items[..], None),
            Some(Obj::Dict(d)) => (&[], Some(d)),
            _ => (&one, None),
        };
        let mut out = String::with_capacity(fmt.len() + 16);
        let (mut rest, mut used) = (fmt, 0);
        while let Some(at) = rest.find('%') {
            out.push_str(&rest[..at]);
            rest = &rest[at + 1..];
            let value = match rest.as_bytes().first() {
                Some(b'%') => {
                    out.push('%');
                    rest = &rest[1..];
                    continue;
                }
                Some(b'(') => {
                    let close = rest.find(')')?;
                    let key = &rest[1..close];
                    // Nested parentheses nest in CPython's key.
                    if key.contains('(') {
                        return None;
                    }
                    rest = &rest[close + 1..];
                    let found = dict?.table.find(crate::pyhash::hash_str(key), |k| {
                        Ok::<bool, ()>(self.as_str(k) == Some(key))
                    });
                    dict?.table.entry(found.ok()??).value
                }
                _ if dict.is_some() => return None,
                _ => {
                    used += 1;
                    *values.get(used - 1)?
                }
            };
            use std::fmt::Write;
            match (rest.as_bytes(), value) {
                ([b's', ..], v) if self.as_str(v).is_some() => out.push_str(self.as_str(v)?),
                ([b's' | b'd', ..], Value::Int(n)) => {
                    let _ = write!(out, "{n}");
                }
                // `%.2f` of a finite float: Rust rounds the exact binary
                // value to the digits asked, as CPython does.
                ([b'.', p @ b'0'..=b'9', b'f', ..], Value::Float(x)) if x.is_finite() => {
                    let _ = write!(out, "{x:.*}", (p - b'0') as usize);
                    rest = &rest[2..];
                }
                _ => return None,
            }
            rest = &rest[1..];
        }
        out.push_str(rest);
        if dict.is_none() && used != values.len() {
            return None;
        }
        let len = out.len();
        Some(
            self.heap
                .reserve(len)
                .and_then(|()| self.charge_bytes(len))
                .map(|()| out)
                .map_err(Into::into),
        )
    }

    /// `fmt % args`: a tuple supplies several arguments, anything else one;
    /// `%(key)` fields look their keys up in a mapping. A bytes format
    /// (`bytes`) comes as Latin-1 text, and so does its result: every char
    /// of it is below 256.
    pub fn percent(&mut self, fmt: &str, args: Value, bytes: bool) -> Result<String, PyError> {
        let values: Vec<Value> = match args.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Tuple(items)) => items.to_vec(),
            _ => vec![args],
        };
        // CPython's test: the operand has `__getitem__` and is neither a
        // tuple nor a str.
        let mapping = match args.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::List(_) | Obj::Dict(_) | Obj::Range(_)) => true,
            Some(Obj::Tuple(_) | Obj::Str(_)) | None => false,
            Some(_) => self.bytes_of(args).is_some() || self.special_method(args, Special::GetItem).is_some(),
        };
        let mut keyed = Vec::new();
        if mapping && fmt.contains("%(") {
            for key in crate::format::mapping_keys(fmt)? {
                let key = if bytes {
                    self.new_bytes(key.chars().map(|c| c as u8).collect(), false)
                } else {
                    self.new_str(key)
                };
                keyed.push(self.get_item(args, key)?);
            }
        }
        let needed = crate::format::forms_needed(fmt);
        let all = crate::format::FORM_STR | crate::format::FORM_REPR;
        let need = |list: Option<&Vec<u8>>, i: usize| list.map_or(all, |l| l.get(i).copied().unwrap_or(0));
        let positional = self.percent_forms(&values, bytes, |i| need(needed.as_ref().map(|n| &n.0), i))?;
        let by_key = self.percent_forms(&keyed, bytes, |i| need(needed.as_ref().map(|n| &n.1), i))?;
        let vm: &Vm = self;
        let mut room = |bytes: usize| {
            vm.heap.reserve(bytes)?;
            vm.charge_bytes(bytes)
        };
        let ctx = PercentContext {
            mapping,
            room: &mut room,
            digit_limit: self.int_max_str_digits,
            bytes,
        };
        Ok(percent_format_in(
            fmt,
            &self.percent_args(&values, &positional, bytes),
            &self.percent_args(&keyed, &by_key, bytes),
            ctx,
        )?)
    }

    /// The text forms of `values` that their fields use (`need(i)`, as
    /// `forms_needed` finds them); the others stay empty, never read.
    fn percent_forms(
        &mut self,
        values: &[Value],
        bytes: bool,
        need: impl Fn(usize) -> u8,
    ) -> Result<PercentForms, PyError> {
        let mut forms = PercentForms::default();
        for (i, &v) in values.iter().enumerate() {
            let strs = need(i) & crate::format::FORM_STR != 0;
            let reprs = need(i) & crate::format::FORM_REPR != 0;
            if bytes {
                // `%c` reads these too.
                forms.strs.push(String::new());
                forms.byte_texts.push(self.bytes_for_format(v)?);
            } else if strs {
                forms.strs.push(self.str_value(v)?);
            } else {
                forms.strs.push(String::new());
            }
            forms.reprs.push(if reprs { self.repr_of(v)? } else { String::new() });
        }
        Ok(forms)
    }

    fn percent_args<'a>(&'a self, values: &[Value], forms: &'a PercentForms, bytes: bool) -> Vec<PercentArg<'a>> {
        values
            .iter()
            .enumerate()
            .map(|(i, v)| PercentArg {
                num: match v {
                    Value::Int(x) => Some(Num::Int(*x)),
                    Value::Bool(b) => Some(Num::Int(*b as i64)),
                    Value::Float(f) => Some(Num::Float(*f)),
                    _ => None,
                },
                big: self.big_int(*v),
                text: if bytes {
                    forms.byte_texts[i].as_deref()
                } else {
                    self.as_str(*v)
                },
                str_form: &forms.strs[i],
                repr_form: &forms.reprs[i],
                type_name: self.type_name(*v),
            })
            .collect()
    }

    /// What `%s` of a bytes format takes from `v`, as Latin-1 text: its
    /// bytes, or what its `__bytes__` returns; None when it has neither.
    fn bytes_for_format(&mut self, v: Value) -> Result<Option<String>, PyError> {
        let latin1 = |data: &[u8]| data.iter().map(|&b| char::from(b)).collect::<String>();
        if let Some(data) = self.bytes_of(v) {
            return Ok(Some(latin1(data)));
        }
        if self.class_of(v).is_none() {
            return Ok(None);
        }
        let Some(result) = self.call_special(v, Special::Bytes, &[])? else {
            return Ok(None);
        };
        match self.bytes_of(result) {
            Some(data) if !self.is_bytearray(result) => Ok(Some(latin1(data))),
            _ => Err(RawError::type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                self.type_name(result)
            ))
            .into()),
        }
    }

    pub fn unary_op(&mut self, op: UnaryOp, v: Value) -> Result<Value, PyError> {
        match (op, v) {
            (UnaryOp::Neg, Value::Float(f)) => return Ok(Value::Float(-f)),
            (UnaryOp::Pos, Value::Float(f)) => return Ok(Value::Float(f)),
            _ => {}
        }
        if let Some(i) = v.as_index() {
            match op {
                UnaryOp::Neg if i == i64::MIN => {}
                UnaryOp::Neg => return Ok(Value::Int(-i)),
                UnaryOp::Pos => return Ok(Value::Int(i)),
                UnaryOp::Invert => return Ok(Value::Int(!i)),
            }
        }
        if let Some(x) = self.int_operand(v) {
            return Ok(self.big_unary(op, &x)?);
        }
        if let Some(z) = self.complex_unary(op, v) {
            return Ok(z);
        }
        if self.class_of(v).is_some() {
            if let Some(r) = self.instance_unary(op, v)? {
                return Ok(r);
            }
        }
        let symbol = match op {
            UnaryOp::Neg => "-",
            UnaryOp::Pos => "+",
            UnaryOp::Invert => "~",
        };
        Err(RawError::type_error(format!("bad operand type for unary {symbol}: '{}'", self.type_name(v))).into())
    }
}

/// What `Vm::percent_forms` made for the arguments of a `%` format.
#[derive(Default)]
struct PercentForms {
    strs: Vec<String>,
    reprs: Vec<String>,
    byte_texts: Vec<Option<String>>,
}
