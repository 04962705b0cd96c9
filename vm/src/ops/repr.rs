//! `repr()` of values, with CPython's exact output, walked with a stack of
//! its own: a deeply nested list costs heap, never host stack.
//!
//! Containers may contain themselves; CPython prints such a cycle as
//! `[...]`. Nesting deeper than `MAX_REPR_DEPTH` is a `RecursionError`, as
//! CPython's repr raises near its recursion limit. The text counts toward
//! the heap limit as it grows and charges ticks for its bytes, so the repr
//! of a tower of shared lists (`x = [x, x]` thirty times: 2**30 leaves)
//! ends in `MemoryError`, or the budget, or an interrupt, not in an abort.

use std::collections::HashSet;

use crate::error::{ExcKind, OpResult, RawError};
use crate::format::{float_repr, str_repr};
use crate::heap::ObjRef;
use crate::limits::ITEM_TICKS;
use crate::object::{DescriptorKind, DictViewKind, Obj, TypeKind};
use crate::special::Special;
use crate::value::Value;
use crate::vm::Vm;

/// Deepest container nesting `repr` descends into.
const MAX_REPR_DEPTH: usize = 900;

/// Text a built-in builds for the script: its buffer counts toward the
/// heap limit as it grows (`Heap::hold`), and each growth charges ticks
/// for the bytes, so building a string costs in proportion to its size.
pub struct TextBuilder<'v> {
    vm: &'v Vm,
    text: String,
    held: usize,
}

impl<'v> TextBuilder<'v> {
    pub fn new(vm: &'v Vm) -> TextBuilder<'v> {
        TextBuilder {
            vm,
            text: String::new(),
            held: 0,
        }
    }

    pub fn push_str(&mut self, s: &str) -> OpResult<()> {
        let need = self.text.len().saturating_add(s.len());
        if need > self.text.capacity() {
            let cap = need.max(self.text.capacity().saturating_mul(2)).max(64);
            let more = cap - self.text.capacity();
            self.vm.heap.hold(more)?;
            self.held += more;
            self.vm.charge_bytes(more)?;
            self.text.reserve_exact(cap - self.text.len());
        }
        self.text.push_str(s);
        Ok(())
    }

    pub fn push(&mut self, c: char) -> OpResult<()> {
        self.push_str(c.encode_utf8(&mut [0; 4]))
    }

    /// The text; it no longer counts as held (the str made of it will).
    pub fn finish(mut self) -> String {
        std::mem::take(&mut self.text)
    }
}

impl Drop for TextBuilder<'_> {
    fn drop(&mut self) {
        self.vm.heap.unhold(self.held);
    }
}

/// A container whose repr is being written, and how far: the next item
/// (lists, tuples) or the next raw entry position (dicts and their views,
/// twice per entry where key and value both print), and whether an item
/// was written yet (for the separators).
struct Open {
    r: ObjRef,
    at: usize,
    started: bool,
}

/// The containers being written, innermost last. Beyond a few levels a
/// set answers "is this one open?", so a deep nest is not quadratic.
#[derive(Default)]
struct OpenStack {
    stack: Vec<Open>,
    /// Made only for a deep nest (a hash set's random state costs more
    /// than a shallow repr).
    deep: Option<HashSet<ObjRef, ahash::RandomState>>,
}

/// Open containers checked by a scan before the set takes over.
const SCANNED: usize = 16;

impl OpenStack {
    fn contains(&self, r: ObjRef) -> bool {
        self.stack[..self.stack.len().min(SCANNED)].iter().any(|o| o.r == r)
            || self.deep.as_ref().is_some_and(|d| d.contains(&r))
    }

    fn push(&mut self, r: ObjRef) {
        if self.stack.len() >= SCANNED {
            self.deep.get_or_insert_with(HashSet::default).insert(r);
        }
        self.stack.push(Open {
            r,
            at: 0,
            started: false,
        });
    }

    fn pop(&mut self) {
        if let Some(o) = self.stack.pop() {
            if let Some(deep) = self.deep.as_mut().filter(|_| self.stack.len() >= SCANNED) {
                deep.remove(&o.r);
            }
        }
    }
}

/// The next key (true) or, with `pairs`, value (false) of a dict table:
/// `top.at` counts raw positions twice, key then value, past the holes.
fn next_entry(table: &crate::object::DictTable, top: &mut Open, pairs: bool) -> Option<(bool, Value)> {
    if pairs && top.at % 2 == 1 {
        let e = table.raw_entry(top.at / 2).expect("the entry whose key was written");
        top.at += 1;
        return Some((false, e.value));
    }
    let mut i = top.at / 2;
    while table.raw_entry(i).is_some_and(|e| !e.is_live()) {
        i += 1;
    }
    let e = table.raw_entry(i)?;
    top.at = 2 * i + if pairs { 1 } else { 2 };
    top.started = true;
    Some((true, e.key))
}

/// What comes next inside an open container.
/// The error a repr that needs script code (an instance's `__repr__`)
/// stops with; `Vm::repr_of` catches it and runs the repr that can call
/// the script.
pub(crate) const SCRIPT_REPR: &str = "a __repr__ of a script class is needed here";

enum Step {
    /// Text, then the repr of a value.
    Item(&'static str, Value),
    /// The closing text; the container is done.
    Close(&'static str),
}

/// Methods of Rumba's native classes that CPython implements in C (they
/// print as `<built-in method ...>`): (class, method).
const C_METHODS: [(&str, &str); 2] = [("Random", "random"), ("Random", "getrandbits")];

impl Vm {
    pub fn repr(&self, v: Value) -> OpResult<String> {
        // Numbers and strs (nearly every `str()` and f-string field) need
        // no walk; their text is as long as the value, already counted.
        match v {
            Value::Int(i) => return Ok(crate::format::int_decimal(i, &mut [0; 20]).to_string()),
            Value::Float(f) => return Ok(float_repr(f)),
            Value::Obj(r) => {
                if let Some(s) = self.heap.str_obj(r) {
                    self.charge_bytes(s.byte_len())?;
                    return Ok(str_repr(s.as_str()));
                }
            }
            _ => {}
        }
        let mut out = TextBuilder::new(self);
        self.write_repr(v, &mut out)?;
        Ok(out.finish())
    }

    /// Writes `repr(v)` without recursion: one `Open` per container.
    pub(crate) fn write_repr(&self, v: Value, out: &mut TextBuilder) -> OpResult<()> {
        let mut open = OpenStack::default();
        self.write_value(v, out, &mut open)?;
        while let Some(top) = open.stack.last_mut() {
            match self.next_step(top) {
                Step::Item(text, item) => {
                    out.push_str(text)?;
                    self.write_value(item, out, &mut open)?;
                }
                Step::Close(text) => {
                    out.push_str(text)?;
                    open.pop();
                }
            }
        }
        Ok(())
    }

    /// Writes a value whole, or, for a container, its opening text (and
    /// opens it, for `next_step` to go through).
    fn write_value(&self, v: Value, out: &mut TextBuilder, open: &mut OpenStack) -> OpResult<()> {
        self.charge(ITEM_TICKS)?;
        let r = match v {
            Value::Undef | Value::None => return out.push_str("None"),
            Value::Bool(true) => return out.push_str("True"),
            Value::Bool(false) => return out.push_str("False"),
            Value::Int(i) => return out.push_str(crate::format::int_decimal(i, &mut [0; 20])),
            Value::Float(f) => return out.push_str(&float_repr(f)),
            Value::Obj(r) => r,
        };
        let opener = match self.heap.get(r) {
            Obj::List(_) => "[",
            Obj::Tuple(_) => "(",
            Obj::Dict(_) => "{",
            Obj::Set(s) if !s.table.is_empty() => {
                if s.frozen {
                    "frozenset({"
                } else {
                    "{"
                }
            }
            Obj::DictView(view) => match view.kind {
                DictViewKind::Keys => "dict_keys([",
                DictViewKind::Values => "dict_values([",
                DictViewKind::Items => "dict_items([",
            },
            _ => return self.write_leaf(r, out, open),
        };
        if open.contains(r) {
            return out.push_str(match self.heap.get(r) {
                Obj::Dict(_) => "{...}",
                Obj::List(_) => "[...]",
                _ => "(...)",
            });
        }
        if open.stack.len() >= MAX_REPR_DEPTH {
            return Err(RawError::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        open.push(r);
        out.push_str(opener)
    }

    /// The next step inside an open container (and moves past it). Script
    /// code never runs during a repr, so containers do not change under it.
    fn next_step(&self, top: &mut Open) -> Step {
        let sep = if top.started { ", " } else { "" };
        match self.heap.get(top.r) {
            Obj::List(l) => match l.get_checked(top.at) {
                Some(item) => {
                    top.at += 1;
                    top.started = true;
                    Step::Item(sep, item)
                }
                None => Step::Close("]"),
            },
            Obj::Tuple(items) => match items.get(top.at) {
                Some(item) => {
                    top.at += 1;
                    top.started = true;
                    Step::Item(sep, *item)
                }
                None if items.len() == 1 => Step::Close(",)"),
                None => Step::Close(")"),
            },
            Obj::Set(s) => match s.table.next_live(top.at) {
                Some((at, e)) => {
                    top.at = at + 1;
                    top.started = true;
                    Step::Item(sep, e.key)
                }
                None if s.frozen => Step::Close("})"),
                None => Step::Close("}"),
            },
            Obj::Dict(d) => match next_entry(&d.table, top, true) {
                Some((true, key)) => Step::Item(sep, key),
                Some((false, value)) => Step::Item(": ", value),
                None => Step::Close("}"),
            },
            Obj::DictView(view) => {
                let Some(d) = self.heap.dict(view.dict) else {
                    return Step::Close("])");
                };
                match view.kind {
                    DictViewKind::Keys | DictViewKind::Values => {
                        let keys = view.kind == DictViewKind::Keys;
                        match next_entry(&d.table, top, false) {
                            Some((_, key)) if keys => Step::Item(sep, key),
                            Some(_) => {
                                let e = d.table.raw_entry(top.at / 2 - 1).expect("just found");
                                Step::Item(sep, e.value)
                            }
                            None => Step::Close("])"),
                        }
                    }
                    // Each pair prints as a tuple, `(k, v)`: the paren that
                    // closes one pair comes with the separator before the
                    // next, or with the view's own end.
                    DictViewKind::Items => {
                        let started = top.started;
                        match next_entry(&d.table, top, true) {
                            Some((true, key)) => Step::Item(if started { "), (" } else { "(" }, key),
                            Some((false, value)) => Step::Item(", ", value),
                            None if started => Step::Close(")])"),
                            None => Step::Close("])"),
                        }
                    }
                }
            }
            _ => Step::Close(""),
        }
    }

    /// The repr of an object that is not a container.
    fn write_leaf(&self, r: ObjRef, out: &mut TextBuilder, open: &mut OpenStack) -> OpResult<()> {
        let text = match self.heap.get(r) {
            Obj::Str(s) => {
                out.push_str(&str_repr(s.as_str()))?;
                return Ok(());
            }
            Obj::Range(range) => {
                if range.step == 1 {
                    format!("range({}, {})", range.start, range.stop)
                } else {
                    format!("range({}, {}, {})", range.start, range.stop, range.step)
                }
            }
            Obj::Bytes(b) => {
                self.charge_bytes(b.data.len())?;
                if b.mutable {
                    crate::ops::bytes::bytearray_repr(&b.data)
                } else {
                    crate::ops::bytes::bytes_repr(&b.data)
                }
            }
            Obj::Complex(z) => crate::ops::complex::complex_repr(crate::ops::complex::Complex::new(z.re, z.im)),
            Obj::BigRange(range) => crate::ops::bigrange::big_range_repr(range),
            Obj::BigInt(x) => {
                self.charge_decimal(x)?;
                crate::format::bigint::big_decimal(x, self.int_max_str_digits)?
            }
            Obj::Function(f) => {
                // Its `__qualname__`: the one set on it (`functools.wraps`),
                // else its code's (`Outer.method`, `f.<locals>.g`).
                let set = f.attrs.as_obj().zip(self.heap.find_interned("__qualname__"));
                let own = set
                    .and_then(|(attrs, key)| self.dict_get(attrs, Value::Obj(key)).ok().flatten())
                    .and_then(|v| self.as_str(v));
                let qualname = own.unwrap_or(&self.code(f.code).code.qualname);
                let text = format!("<function {qualname} at 0x{:012x}>", r.addr());
                match f.numba {
                    // A Numba dispatcher, as Numba prints one.
                    crate::numba::NumbaMode::Plain => text,
                    _ => format!("CPUDispatcher({text})"),
                }
            }
            Obj::Native(f) if crate::classes::is_object_slot(f) => {
                format!("<slot wrapper '{}' of 'object' objects>", f.name)
            }
            Obj::Native(f) => format!("<built-in function {}>", f.name),
            Obj::HostFunction(h) => format!("<built-in function {}>", self.text_of(h.name)),
            Obj::Module(m) => {
                let file = m.script_namespace().and_then(|ns| self.get_global_in(ns, "__file__"));
                match file.and_then(|f| self.as_str(f)) {
                    Some(file) => format!("<module '{}' from '{file}'>", self.text_of(m.name)),
                    None => format!("<module '{}' (built-in)>", self.text_of(m.name)),
                }
            }
            Obj::Type(TypeKind::Typing(kind)) => format!("<class '{}'>", kind.qualified_name()),
            Obj::Type(kind) => format!("<class '{}'>", kind.name()),
            Obj::BoundMethod(m) => match m.receiver.as_obj().map(|t| self.heap.get(t)) {
                // `str.upper`: a method taken from its type.
                Some(Obj::Type(owner)) => {
                    let name = self.text_of(m.name);
                    let what = if crate::methods::is_slot_wrapper(owner, name) {
                        "slot wrapper"
                    } else {
                        "method"
                    };
                    format!("<{what} '{name}' of '{}' objects>", owner.name())
                }
                _ if crate::methods::is_slot_wrapper(self.type_kind(m.receiver), self.text_of(m.name)) => format!(
                    "<method-wrapper '{}' of {} object at 0x{:012x}>",
                    self.text_of(m.name),
                    self.type_name(m.receiver),
                    m.receiver.as_obj().map_or(0, |r| r.addr())
                ),
                _ => format!(
                    "<built-in method {} of {} object at 0x{:012x}>",
                    self.text_of(m.name),
                    self.type_name(m.receiver),
                    m.receiver.as_obj().map_or(0, |r| r.addr())
                ),
            },
            Obj::Cell(_) => format!("<cell at 0x{:012x}>", r.addr()),
            Obj::Set(s) if s.frozen => "frozenset()".to_string(),
            Obj::Set(_) => "set()".to_string(),
            Obj::RangeIter(_) | Obj::SeqIter(_) | Obj::StrIter(_) | Obj::Enumerate(_) | Obj::Zip(_) | Obj::Iter(_) => {
                format!(
                    "<{} object at 0x{:012x}>",
                    self.heap.get(r).type_kind().name(),
                    r.addr()
                )
            }
            Obj::Typing(t) => {
                // Type hints nest through the typing module's own writer,
                // which comes back here for the values inside: that
                // recursion is bounded by the host stack budget.
                self.check_host_stack()?;
                let mut text = String::new();
                crate::typing::write_repr(self, t, &mut text, &mut |v, text: &mut String| {
                    let mut inner = TextBuilder::new(self);
                    self.write_value_nested(v, &mut inner, open)?;
                    text.push_str(&inner.finish());
                    Ok(())
                })?;
                text
            }
            Obj::Instance(i) => {
                if self.special_method(Value::Obj(r), Special::Repr).is_some() {
                    return Err(RawError::new(ExcKind::RuntimeError, SCRIPT_REPR));
                }
                self.default_instance_repr(r, i.class)
            }
            Obj::Class(_) => {
                if self.special_method(Value::Obj(r), Special::Repr).is_some() {
                    return Err(RawError::new(ExcKind::RuntimeError, SCRIPT_REPR));
                }
                format!("<class '{}'>", self.class_path(r))
            }
            Obj::Method(m) => {
                let owner = self.type_name(m.receiver);
                let short = owner.rsplit('.').next().unwrap_or(owner);
                let native = match m.func.as_obj().map(|f| self.heap.get(f)) {
                    Some(Obj::Native(n)) => Some(n.name),
                    _ => None,
                };
                match native {
                    // A built-in bound to an object (`random.random`): the
                    // methods CPython writes in C print as built-ins, the
                    // rest as the Python methods they are there.
                    Some(name) if C_METHODS.contains(&(short, name)) => format!(
                        "<built-in method {name} of {short} object at 0x{:012x}>",
                        m.receiver.as_obj().map_or(0, |o| o.addr())
                    ),
                    _ => {
                        let name = match (native, m.func.as_obj().map(|f| self.heap.get(f))) {
                            (Some(name), _) => format!("{short}.{name}"),
                            (None, Some(Obj::Function(f))) => self.code(f.code).code.qualname.to_string(),
                            _ => "?".to_string(),
                        };
                        let mut inner = TextBuilder::new(self);
                        self.write_value_nested(m.receiver, &mut inner, open)?;
                        format!("<bound method {name} of {}>", inner.finish())
                    }
                }
            }
            Obj::Descriptor(d) => match d.kind {
                DescriptorKind::Property => format!("<property object at 0x{:012x}>", r.addr()),
                kind => {
                    let mut inner = TextBuilder::new(self);
                    self.write_value_nested(d.func, &mut inner, open)?;
                    let name = if kind == DescriptorKind::StaticMethod {
                        "staticmethod"
                    } else {
                        "classmethod"
                    };
                    format!("<{name}({})>", inner.finish())
                }
            },
            Obj::Generator(g) if g.face.is_some() => {
                format!(
                    "<{} object at 0x{:012x}>",
                    Obj::Generator(g).type_kind().name(),
                    r.addr()
                )
            }
            Obj::Generator(g) => {
                format!(
                    "<{} object {} at 0x{:012x}>",
                    Obj::Generator(g).type_kind().name(),
                    self.code(g.code).code.qualname,
                    r.addr()
                )
            }
            Obj::Super(s) => {
                let mut inner = TextBuilder::new(self);
                self.write_value_nested(s.receiver, &mut inner, open)?;
                format!("<super: <class '{}'>, {}>", self.class_name(s.after), inner.finish())
            }
            Obj::List(_) | Obj::Tuple(_) | Obj::Dict(_) | Obj::DictView(_) => unreachable!("containers are opened"),
        };
        out.push_str(&text)
    }

    /// A value inside a type hint: a walk of its own, which shares the
    /// open containers so a cycle through a hint still prints `[...]`.
    fn write_value_nested(&self, v: Value, out: &mut TextBuilder, open: &mut OpenStack) -> OpResult<()> {
        let base = open.stack.len();
        self.write_value(v, out, open)?;
        while open.stack.len() > base {
            let top = open.stack.last_mut().expect("above base");
            match self.next_step(top) {
                Step::Item(text, item) => {
                    out.push_str(text)?;
                    self.write_value(item, out, open)?;
                }
                Step::Close(text) => {
                    out.push_str(text)?;
                    open.pop();
                }
            }
        }
        Ok(())
    }

    /// The text of a str object (names of modules and methods).
    fn text_of(&self, r: ObjRef) -> &str {
        self.heap.str_obj(r).map_or("?", |s| s.as_str())
    }
}
