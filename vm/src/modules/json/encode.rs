//! `json.dumps`: a value to JSON text, as CPython's encoder writes it.
//!
//! The walk keeps its own stack of open containers instead of recursing
//! on the host stack, so a list nested a million deep costs heap, not
//! host stack, and stops at the depth CPython's recursion limit allows
//! with CPython's `RecursionError`. Each value visited charges a tick and
//! the text counts toward the heap limit as it grows.

use std::collections::HashSet;

use crate::builtins::args;
use crate::error::{ExcKind, PyError, RawError};
use crate::heap::ObjRef;
use crate::limits::{ITEM_TICKS, RECURSION_MSG};
use crate::object::{Obj, TypeKind};
use crate::value::Value;
use crate::vm::Vm;

/// The options of `dumps` that shape the text.
pub(super) struct Options {
    /// The text of one level of indentation; None writes everything on
    /// one line.
    pub indent: Option<String>,
    pub item_separator: String,
    pub key_separator: String,
    pub sort_keys: bool,
    pub ensure_ascii: bool,
    pub allow_nan: bool,
    pub skip_keys: bool,
    pub check_circular: bool,
    /// Called for a value JSON has no form for; None raises TypeError.
    pub default: Option<Value>,
}

/// A container being written.
enum Open {
    /// A list or tuple, read live by index (as CPython's encoder does, so
    /// a `default` that changes the list is seen).
    Sequence { seq: Value, next: usize },
    /// A dict's items: a list of `(key, value)` tuples the encoder made
    /// (rooted), sorted when `sort_keys` asks.
    Mapping { items: ObjRef, next: usize, wrote: bool },
    /// What `default` returned for an object, being written in its place;
    /// closes once that value is written.
    Defaulted { written: bool },
}

struct Level {
    open: Open,
    /// `vm.temp_roots` as it was before this level rooted what it walks:
    /// truncated to this when the level closes, so the roots stay as few
    /// as the open levels.
    roots: usize,
    /// The address of the container (or defaulted object) for the
    /// circular-reference check.
    marker: Option<u64>,
}

/// Text that counts toward the heap limit while it grows.
struct Held {
    text: String,
    held: usize,
}

impl Held {
    fn push(&mut self, vm: &Vm, s: &str) -> Result<(), PyError> {
        let need = self.text.len().saturating_add(s.len());
        if need > self.text.capacity() {
            let cap = need.max(self.text.capacity().saturating_mul(2)).max(64);
            let more = cap - self.text.capacity();
            vm.heap.hold(more)?;
            self.held += more;
            vm.charge_bytes(more)?;
            self.text.reserve_exact(cap - self.text.len());
        }
        self.text.push_str(s);
        Ok(())
    }
}

pub(super) struct Encoder<'o> {
    options: &'o Options,
    out: Held,
    levels: Vec<Level>,
    markers: HashSet<u64>,
    /// The lists and dicts among `levels`.
    containers: usize,
    /// The most containers open at once: where CPython's recursion limit
    /// stops its encoder.
    max_depth: usize,
}

impl<'o> Encoder<'o> {
    pub(super) fn new(vm: &Vm, options: &'o Options) -> Encoder<'o> {
        // CPython's C encoder (one line) nests in C frames counted against
        // the recursion limit; its Python encoder (with `indent`) nests
        // in generator frames, one level more per container. The frames
        // `dumps` itself takes leave the rest (measured on 3.11: 995 lists
        // from the module level, 996 with indent).
        let reserved = if options.indent.is_some() { 3 } else { 4 };
        let max_depth = vm.limits.max_frames.saturating_sub(vm.frames.len() + reserved);
        Encoder {
            options,
            out: Held {
                text: String::new(),
                held: 0,
            },
            levels: Vec::new(),
            markers: HashSet::new(),
            containers: 0,
            max_depth,
        }
    }

    /// The text of `value`. The caller roots `value` and truncates
    /// `vm.temp_roots` afterwards.
    pub(super) fn encode(mut self, vm: &mut Vm, value: Value) -> Result<String, PyError> {
        let result = self.run(vm, value);
        vm.heap.unhold(self.out.held);
        result.map(|()| std::mem::take(&mut self.out.text))
    }

    fn run(&mut self, vm: &mut Vm, value: Value) -> Result<(), PyError> {
        self.value(vm, value)?;
        while let Some(level) = self.levels.last_mut() {
            match &mut level.open {
                Open::Sequence { seq, next } => {
                    let (seq, i) = (*seq, *next);
                    match sequence_item(vm, seq, i) {
                        Some(item) => {
                            *next += 1;
                            self.separator(vm, i == 0)?;
                            self.value(vm, item)?;
                        }
                        None => self.close(vm, i == 0, "]")?,
                    }
                }
                Open::Mapping { items, next, wrote } => {
                    let (items, i, first) = (*items, *next, !*wrote);
                    *next += 1;
                    let Some(pair) = vm.heap.list(items).and_then(|l| l.get_checked(i)) else {
                        self.close(vm, first, "}")?;
                        continue;
                    };
                    let (key, item) = pair_of(vm, pair);
                    let Some(key) = self.key_text(vm, key)? else { continue };
                    if let Some(Level {
                        open: Open::Mapping { wrote, .. },
                        ..
                    }) = self.levels.last_mut()
                    {
                        *wrote = true;
                    }
                    self.separator(vm, first)?;
                    self.string(vm, &key)?;
                    self.out.push(vm, &self.options.key_separator)?;
                    self.value(vm, item)?;
                }
                Open::Defaulted { written } => {
                    if *written {
                        self.pop(vm);
                    } else {
                        *written = true;
                    }
                }
            }
        }
        Ok(())
    }

    /// Writes a value, or opens it when it is a container.
    fn value(&mut self, vm: &mut Vm, v: Value) -> Result<(), PyError> {
        vm.charge(ITEM_TICKS)?;
        let roots = vm.temp_roots.len();
        match v {
            Value::None => return self.out.push(vm, "null"),
            Value::Bool(b) => return self.out.push(vm, if b { "true" } else { "false" }),
            Value::Int(_) => {
                let text = vm.repr(v)?;
                return self.out.push(vm, &text);
            }
            Value::Float(f) => {
                let text = self.float_text(vm, f)?;
                return self.out.push(vm, &text);
            }
            _ => {}
        }
        if let Some(s) = vm.as_str(v) {
            let s = s.to_string();
            return self.string(vm, &s);
        }
        if vm.big_int(v).is_some() {
            let text = vm.repr(v)?;
            return self.out.push(vm, &text);
        }
        let r = v.as_obj().expect("every other value is an object");
        match vm.heap.get(r) {
            Obj::List(_) | Obj::Tuple(_) => return self.open_sequence(vm, v, roots),
            Obj::Dict(_) => return self.open_mapping(vm, v, roots),
            _ => {}
        }
        if vm.stands_for(v, TypeKind::Dict) {
            let inner = vm.dict_inside(v);
            return self.open_mapping(vm, inner, roots);
        }
        if vm.stands_for(v, TypeKind::List) {
            let inner = vm.list_inside(v);
            return self.open_sequence(vm, inner, roots);
        }
        if vm.stands_for(v, TypeKind::Tuple) {
            let items = vm.collect_iterable(v)?;
            let tuple = vm.new_tuple(items);
            vm.temp_roots.push(tuple);
            return self.open_sequence(vm, tuple, roots);
        }
        self.defaulted(vm, v, roots)
    }

    /// `default(o)` written in place of `o`.
    fn defaulted(&mut self, vm: &mut Vm, v: Value, roots: usize) -> Result<(), PyError> {
        let Some(default) = self.options.default else {
            return Err(
                RawError::type_error(format!("Object of type {} is not JSON serializable", vm.type_name(v))).into(),
            );
        };
        let marker = self.enter(v)?;
        let made = vm.call_value(default, &[v])?;
        vm.temp_roots.push(made);
        self.push(Level {
            open: Open::Defaulted { written: false },
            roots,
            marker,
        });
        self.value(vm, made)
    }

    fn open_sequence(&mut self, vm: &mut Vm, seq: Value, roots: usize) -> Result<(), PyError> {
        let empty = sequence_item(vm, seq, 0).is_none();
        self.deeper(empty)?;
        if empty {
            vm.temp_roots.truncate(roots);
            return self.out.push(vm, "[]");
        }
        let marker = self.enter(seq)?;
        vm.temp_roots.push(seq);
        self.out.push(vm, "[")?;
        self.push(Level {
            open: Open::Sequence { seq, next: 0 },
            roots,
            marker,
        });
        Ok(())
    }

    fn open_mapping(&mut self, vm: &mut Vm, dict: Value, roots: usize) -> Result<(), PyError> {
        let r = dict.as_obj().expect("a dict");
        let pairs: Vec<(Value, Value)> = match vm.heap.dict(r) {
            Some(d) => d.table.iter().map(|e| (e.key, e.value)).collect(),
            None => Vec::new(),
        };
        self.deeper(pairs.is_empty())?;
        if pairs.is_empty() {
            vm.temp_roots.truncate(roots);
            return self.out.push(vm, "{}");
        }
        let marker = self.enter(dict)?;
        vm.charge(pairs.len() as u64 * ITEM_TICKS)?;
        let tuples: Vec<Value> = pairs
            .into_iter()
            .map(|(k, v)| Value::Obj(vm.heap.new_tuple(&[k, v])))
            .collect();
        let items = vm.new_list(tuples);
        vm.temp_roots.push(items);
        if self.options.sort_keys {
            crate::methods::sort::sort_list(vm, items, None, false)?;
        }
        self.out.push(vm, "{")?;
        self.push(Level {
            open: Open::Mapping {
                items: items.as_obj().expect("a list"),
                next: 0,
                wrote: false,
            },
            roots,
            marker,
        });
        Ok(())
    }

    /// The circular-reference check on entering container `v`.
    fn enter(&mut self, v: Value) -> Result<Option<u64>, PyError> {
        if !self.options.check_circular {
            return Ok(None);
        }
        let addr = v.as_obj().map(|r| r.addr()).unwrap_or_default();
        if !self.markers.insert(addr) {
            return Err(RawError::value_error("Circular reference detected").into());
        }
        Ok(Some(addr))
    }

    /// The depth check on entering a container. CPython's C encoder
    /// counts a level for an empty container too; its Python encoder
    /// writes one without nesting.
    fn deeper(&self, empty: bool) -> Result<(), PyError> {
        if empty && self.options.indent.is_some() {
            return Ok(());
        }
        if self.depth() >= self.max_depth {
            let why = if self.options.indent.is_some() {
                "while calling a Python object"
            } else {
                "while encoding a JSON object"
            };
            return Err(RawError::new(ExcKind::RecursionError, format!("{RECURSION_MSG} {why}")).into());
        }
        Ok(())
    }

    fn push(&mut self, level: Level) {
        if !matches!(level.open, Open::Defaulted { .. }) {
            self.containers += 1;
        }
        self.levels.push(level);
    }

    fn pop(&mut self, vm: &mut Vm) {
        let Some(level) = self.levels.pop() else { return };
        vm.temp_roots.truncate(level.roots);
        if !matches!(level.open, Open::Defaulted { .. }) {
            self.containers -= 1;
        }
        if let Some(m) = level.marker {
            self.markers.remove(&m);
        }
    }

    /// What goes before an item: the separator (after the first), and the
    /// newline and indentation of the item's level.
    fn separator(&mut self, vm: &Vm, first: bool) -> Result<(), PyError> {
        if !first {
            self.out.push(vm, &self.options.item_separator)?;
        }
        self.newline(vm, self.depth())
    }

    fn close(&mut self, vm: &mut Vm, empty: bool, bracket: &str) -> Result<(), PyError> {
        // CPython's Python encoder (the one `indent` uses) starts a dict's
        // first line before it looks at the keys, so a dict whose every
        // key was skipped still has one, empty.
        if empty {
            self.newline(vm, self.depth())?;
        }
        self.newline(vm, self.depth() - 1)?;
        self.out.push(vm, bracket)?;
        self.pop(vm);
        Ok(())
    }

    fn depth(&self) -> usize {
        self.containers
    }

    fn newline(&mut self, vm: &Vm, level: usize) -> Result<(), PyError> {
        let Some(indent) = &self.options.indent else {
            return Ok(());
        };
        vm.charge((indent.len() * level / crate::limits::BYTES_PER_TICK) as u64)?;
        let mut text = String::with_capacity(1 + indent.len() * level);
        text.push('\n');
        for _ in 0..level {
            text.push_str(indent);
        }
        self.out.push(vm, &text)
    }

    /// A dict key as JSON wants it, a string; None to skip it.
    fn key_text(&self, vm: &mut Vm, key: Value) -> Result<Option<String>, PyError> {
        Ok(Some(match key {
            Value::Float(f) => self.float_text(vm, f)?,
            Value::Bool(b) => (if b { "true" } else { "false" }).to_string(),
            Value::None => "null".to_string(),
            Value::Int(_) => vm.repr(key)?,
            _ if vm.as_str(key).is_some() => vm.as_str(key).unwrap_or_default().to_string(),
            _ if vm.big_int(key).is_some() => vm.repr(key)?,
            _ if self.options.skip_keys => return Ok(None),
            _ => {
                return Err(RawError::type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    vm.type_name(key)
                ))
                .into())
            }
        }))
    }

    fn float_text(&self, vm: &Vm, f: f64) -> Result<String, PyError> {
        if f.is_finite() {
            return Ok(vm.repr(Value::Float(f))?);
        }
        if !self.options.allow_nan {
            return Err(RawError::value_error("Out of range float values are not JSON compliant").into());
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    fn string(&mut self, vm: &Vm, s: &str) -> Result<(), PyError> {
        vm.charge_bytes(s.len())?;
        let mut text = String::with_capacity(s.len() + 2);
        quote(s, self.options.ensure_ascii, &mut text);
        self.out.push(vm, &text)
    }
}

/// Item `i` of a list or tuple, or None past its end.
fn sequence_item(vm: &Vm, seq: Value, i: usize) -> Option<Value> {
    match seq.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::List(l)) => l.get_checked(i),
        Some(Obj::Tuple(t)) => t.get(i).copied(),
        _ => None,
    }
}

fn pair_of(vm: &Vm, pair: Value) -> (Value, Value) {
    match pair.as_obj().and_then(|r| vm.heap.tuple(r)) {
        Some(t) => (t[0], t[1]),
        None => (Value::None, Value::None),
    }
}

/// `s` as a JSON string: quotes, `\"`, `\\`, the short escapes, `\u00XX`
/// for other control characters, and with `ensure_ascii` everything past
/// `~` (DEL and all non-ASCII) as `\uXXXX`, a surrogate pair beyond the BMP.
pub(super) fn quote(s: &str, ensure_ascii: bool, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ensure_ascii && c > '~') => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The `indent=` argument: an int (that many spaces), a str, or None.
pub(super) fn indent_text(vm: &Vm, indent: Option<Value>) -> Result<Option<String>, PyError> {
    match indent {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            if let Some(s) = vm.as_str(v) {
                return Ok(Some(s.to_string()));
            }
            let n = args::index_arg(vm, v)?;
            let n = usize::try_from(n).unwrap_or(0);
            vm.heap.reserve(n)?;
            Ok(Some(" ".repeat(n)))
        }
    }
}
