//! The checks of a `match` statement's patterns that no other operation
//! makes (CPython's `MATCH_SEQUENCE`, `MATCH_MAPPING`, `MATCH_KEYS` and
//! `MATCH_CLASS`): which subjects a sequence or mapping pattern may match,
//! a mapping's values for a pattern's keys, and a class pattern's
//! attributes. The interpreter's `Match*` instructions call these, and so
//! do compiled traces (through the JIT's helpers): one meaning for both.

use crate::error::{ExcKind, PyError, RawError};
use crate::heap::ObjRef;
use crate::object::{Obj, TypeKind};
use crate::value::Value;
use crate::vm::Vm;

/// `MatchSequence`'s argument: the pattern has a starred item, so the
/// subject may hold more items than the pattern's others (`n >> 1`).
pub const SEQUENCE_STARRED: u32 = 1;

/// The native classes CPython flags as sequences beside `list` and
/// `tuple` (and the classes that stand for those, subclasses of `list`
/// and named tuples).
const SEQUENCE_CLASSES: &[&str] = &["collections.deque", "array.array"];

/// The built-in types whose class pattern matches the subject itself with
/// one positional sub-pattern (`int(x)`): CPython's `_Py_TPFLAGS_MATCH_SELF`.
const MATCH_SELF: &[TypeKind] = &[
    TypeKind::Bool,
    TypeKind::ByteArray,
    TypeKind::Bytes,
    TypeKind::Dict,
    TypeKind::Float,
    TypeKind::FrozenSet,
    TypeKind::Int,
    TypeKind::List,
    TypeKind::Set,
    TypeKind::Str,
    TypeKind::Tuple,
];

impl Vm {
    /// Whether a sequence pattern may match `v`: a list, tuple, range,
    /// `deque` or `array`, or an instance of a class derived from one; never
    /// a str, bytes or bytearray (CPython's `Py_TPFLAGS_SEQUENCE`).
    pub fn is_match_sequence(&self, v: Value) -> bool {
        match v.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::List(_) | Obj::Tuple(_) | Obj::Range(_) | Obj::BigRange(_)) => true,
            Some(Obj::Instance(i)) => self.mro(i.class).iter().any(|&k| match self.heap.get(k) {
                Obj::Class(c) => {
                    matches!(c.stands_for.get(), Some(TypeKind::List | TypeKind::Tuple))
                        || SEQUENCE_CLASSES.contains(&c.name)
                }
                _ => false,
            }),
            _ => false,
        }
    }

    /// Whether a mapping pattern may match `v`: a dict, or an instance of a
    /// class that stands for one (`defaultdict`, `Counter`, `OrderedDict`).
    pub fn is_match_mapping(&self, v: Value) -> bool {
        match v.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Dict(_)) => true,
            Some(Obj::Instance(_)) => self.stands_for(v, TypeKind::Dict),
            _ => false,
        }
    }

    /// `MatchSequence n`: `v` is a sequence a pattern of `n >> 1` items
    /// (and a starred one if `n & SEQUENCE_STARRED`) can match, by its
    /// kind and its `len()`.
    pub fn match_sequence(&mut self, v: Value, n: u32) -> Result<bool, PyError> {
        if !self.is_match_sequence(v) {
            return Ok(false);
        }
        let want = (n >> 1) as i64;
        let len = self.length(v)?;
        Ok(if n & SEQUENCE_STARRED != 0 {
            len >= want
        } else {
            len == want
        })
    }

    /// `MatchMapping n`: `v` is a mapping of at least `n` items (a pattern
    /// with `n` keys), by its kind and, with keys, its `len()`.
    pub fn match_mapping(&mut self, v: Value, n: u32) -> Result<bool, PyError> {
        if !self.is_match_mapping(v) {
            return Ok(false);
        }
        Ok(n == 0 || self.length(v)? >= n as i64)
    }

    /// `len(v)`, its `__len__` for an instance.
    fn length(&mut self, v: Value) -> Result<i64, PyError> {
        match self.instance_len(v)? {
            Some(n) => Ok(n),
            None => Ok(self.len_of(v)?),
        }
    }

    /// `MatchKeys`: the values mapping `subject` (of as many items as
    /// `keys` at least: `MatchMapping` checked) holds for `keys` (a
    /// tuple), as a tuple, and with `rest` a new dict of its other items
    /// after them; None when it lacks a key. The keys are looked up as
    /// `get(key, <missing>)` would, so a `defaultdict` makes no item. A key
    /// given twice (two value patterns equal at run time) is a ValueError.
    pub fn match_keys(&mut self, subject: Value, keys: Value, rest: bool) -> Result<Value, PyError> {
        let keys: Vec<Value> = match keys.as_obj().and_then(|r| self.heap.tuple(r)) {
            Some(t) => t.to_vec(),
            None => return Err(RawError::type_error("mapping pattern keys must be a tuple").into()),
        };
        let Some(dict) = self
            .dict_inside(subject)
            .as_obj()
            .filter(|&d| self.heap.dict(d).is_some())
        else {
            return Err(RawError::type_error(format!(
                "'{}' is not a mapping Rumba can match",
                self.type_name(subject)
            ))
            .into());
        };
        let mut values = Vec::with_capacity(keys.len() + rest as usize);
        for (i, &key) in keys.iter().enumerate() {
            for &seen in &keys[..i] {
                if self.eq(seen, key)? {
                    let text = self.repr_of(key)?;
                    return Err(RawError::value_error(format!("mapping pattern checks duplicate key ({text})")).into());
                }
            }
            match self.dict_get(dict, key)? {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
        }
        if rest {
            let copy = self.new_dict();
            let r = copy.as_obj().expect("a dict");
            let items: Vec<(Value, Value)> = match self.heap.dict(dict) {
                Some(d) => d.table.iter().map(|e| (e.key, e.value)).collect(),
                None => Vec::new(),
            };
            for (k, v) in items {
                self.dict_set(r, k, v)?;
            }
            for &key in &keys {
                self.dict_remove(r, key)?;
            }
            values.push(copy);
        }
        Ok(self.new_tuple(values))
    }

    /// `MatchClass nargs`: if `subject` is an instance of `cls`, a tuple of
    /// its attributes for the class pattern's `nargs` positional
    /// sub-patterns (named by `cls.__match_args__`, or the subject itself
    /// for `int(x)` and the other built-in types) and for the names in the
    /// tuple `names`; None when it is not an instance or lacks one. The
    /// attributes are fetched as `getattr` does (a property runs), so they
    /// are rooted as they come.
    pub fn match_class(&mut self, subject: Value, cls: Value, nargs: usize, names: Value) -> Result<Value, PyError> {
        let Some(is_instance) = self.instance_of_class(subject, cls) else {
            return Err(RawError::type_error("called match pattern must be a type").into());
        };
        if !is_instance {
            return Ok(Value::None);
        }
        let names: Vec<Value> = names
            .as_obj()
            .and_then(|r| self.heap.tuple(r))
            .map(|t| t.to_vec())
            .unwrap_or_default();
        let base = self.temp_roots.len();
        let found = self.class_pattern_attrs(subject, cls, nargs, &names);
        let attrs = self.temp_roots.split_off(base);
        Ok(match found? {
            true => self.new_tuple(attrs),
            false => Value::None,
        })
    }

    /// The attributes of a class pattern, pushed on the temporary roots;
    /// false as soon as one is missing.
    fn class_pattern_attrs(
        &mut self,
        subject: Value,
        cls: Value,
        nargs: usize,
        names: &[Value],
    ) -> Result<bool, PyError> {
        let mut seen: Vec<Value> = Vec::new();
        if nargs > 0 {
            let (match_args, match_self) = self.match_args(cls)?;
            let allowed = if match_self { 1 } else { match_args.len() };
            if nargs > allowed {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(RawError::type_error(format!(
                    "{}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)",
                    self.class_display_name(cls)
                ))
                .into());
            }
            if match_self {
                self.temp_roots.push(subject);
            } else {
                for &name in &match_args[..nargs] {
                    if self.as_str(name).is_none() {
                        return Err(RawError::type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            self.type_name(name)
                        ))
                        .into());
                    }
                    if !self.class_pattern_attr(subject, cls, name, &mut seen)? {
                        return Ok(false);
                    }
                }
            }
        }
        for &name in names {
            if !self.class_pattern_attr(subject, cls, name, &mut seen)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Attribute `name` of a class pattern's subject onto the temporary
    /// roots (false when it has none); a name asked for twice is an error.
    fn class_pattern_attr(
        &mut self,
        subject: Value,
        cls: Value,
        name: Value,
        seen: &mut Vec<Value>,
    ) -> Result<bool, PyError> {
        let text = self.as_str(name).unwrap_or("?").to_string();
        if seen.iter().any(|s| self.as_str(*s) == Some(&text)) {
            return Err(RawError::type_error(format!(
                "{}() got multiple sub-patterns for attribute '{text}'",
                self.class_display_name(cls)
            ))
            .into());
        }
        seen.push(name);
        self.quiet_attr_lookups += 1;
        let found = self.get_attr(subject, &text);
        self.quiet_attr_lookups -= 1;
        match found {
            Ok(v) => {
                self.temp_roots.push(v);
                Ok(true)
            }
            Err(e) if e.kind == ExcKind::AttributeError => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// A class's `__match_args__` (empty without one), and whether the
    /// class is a built-in type whose pattern matches the subject itself.
    fn match_args(&mut self, cls: Value) -> Result<(Vec<Value>, bool), PyError> {
        self.quiet_attr_lookups += 1;
        let found = self.get_attr(cls, "__match_args__");
        self.quiet_attr_lookups -= 1;
        match found {
            Ok(v) => match v.as_obj().and_then(|r| self.heap.tuple(r)) {
                Some(t) => Ok((t.to_vec(), false)),
                None => Err(RawError::type_error(format!(
                    "{}.__match_args__ must be a tuple (got {})",
                    self.class_display_name(cls),
                    self.type_name(v)
                ))
                .into()),
            },
            Err(e) if e.kind == ExcKind::AttributeError => Ok((Vec::new(), self.matches_self(cls))),
            Err(e) => Err(e),
        }
    }

    /// Whether `cls` is (or derives from) a built-in type in `MATCH_SELF`.
    fn matches_self(&self, cls: Value) -> bool {
        match cls.as_obj().map(|r| (r, self.heap.get(r))) {
            Some((_, Obj::Type(t))) => MATCH_SELF.contains(&t),
            Some((r, Obj::Class(_))) => self.mro(r).iter().any(|&k| match self.heap.get(k) {
                Obj::Class(c) => c.stands_for.get().is_some_and(|t| MATCH_SELF.contains(&t)),
                _ => false,
            }),
            _ => false,
        }
    }

    /// A class's name as CPython's messages print its `tp_name`.
    fn class_display_name(&self, cls: Value) -> &'static str {
        match cls.as_obj().map(|r| (r, self.heap.get(r))) {
            Some((_, Obj::Type(t))) => t.name(),
            Some((r, _)) => self.class_name(r),
            None => "?",
        }
    }

    /// `isinstance(v, cls)` for one class or built-in type `cls`; None
    /// when `cls` is neither.
    pub fn instance_of_class(&self, v: Value, cls: Value) -> Option<bool> {
        let r: ObjRef = cls.as_obj()?;
        match self.heap.get(r) {
            Obj::Type(t) => {
                let kind = self.type_kind(v);
                Some(
                    t == kind
                        || (t == TypeKind::Int && kind == TypeKind::Bool)
                        || self.stands_for(v, t)
                        || (t == TypeKind::Dict && crate::builtins::globals_is_view(self, v)),
                )
            }
            Obj::Class(_) => Some(self.is_instance_of(v, r)),
            _ => None,
        }
    }
}

/// What a trace relies on to call `match_class` knowing that it runs no
/// script code: the subject's class, shape and MRO versions when it is
/// an instance (they decide `isinstance` and what each attribute is), and
/// the versions of the pattern class's MRO (its `__match_args__`).
pub struct MatchClassPlan {
    pub subject: Option<crate::jit_api::AttrPlan>,
    pub classes: crate::jit_api::ClassVersions,
}

impl Vm {
    /// Whether `len(v)` runs no script code: a value of a built-in type,
    /// or an instance whose `__len__` is native (`deque`, a named tuple,
    /// `defaultdict`). For an instance, what a trace guards to keep it so.
    /// None when the `__len__` is a script's.
    pub fn native_len_for_jit(&self, v: Value) -> Option<Option<crate::jit_api::AttrPlan>> {
        let Some(inst) = v.as_obj().filter(|&r| matches!(self.heap.get(r), Obj::Instance(_))) else {
            return Some(None);
        };
        let name = self.heap.find_interned("__len__")?;
        let plan = self.instance_attr_for_jit(inst, name)?;
        match plan.found {
            crate::jit_api::AttrFound::Native(_) => Some(Some(plan)),
            _ => None,
        }
    }

    /// `match_class`'s plan for a trace (see `MatchClassPlan`), or None
    /// when the class pattern might run script code (a property, a
    /// `__getattr__`) or raise, or the subject is of a kind whose
    /// attributes a trace does not rely on (a module, a class).
    pub fn match_class_plan_for_jit(
        &self,
        subject: Value,
        cls: Value,
        nargs: usize,
        names: Value,
    ) -> Option<MatchClassPlan> {
        let cls_ref = cls.as_obj()?;
        let mut classes = Vec::new();
        if matches!(self.heap.get(cls_ref), Obj::Class(_)) {
            classes = self.class_versions_for_jit(cls_ref);
        }
        let is_instance = self.instance_of_class(subject, cls)?;
        let inst = subject
            .as_obj()
            .filter(|&r| matches!(self.heap.get(r), Obj::Instance(_)));
        let Some(inst) = inst else {
            let plain = match subject.as_obj().map(|r| self.heap.get(r)) {
                None => true,
                Some(o) => !matches!(o, Obj::Module(_) | Obj::Class(_) | Obj::Type(_) | Obj::Instance(_)),
            };
            return plain.then_some(MatchClassPlan { subject: None, classes });
        };
        let mut wanted: Vec<Value> = names.as_obj().and_then(|r| self.heap.tuple(r))?.to_vec();
        if is_instance && nargs > 0 {
            let key = self.heap.find_interned("__match_args__");
            let args = match (self.heap.get(cls_ref), key) {
                (Obj::Class(_), Some(key)) => self.class_attr(cls_ref, key).ok()?,
                _ => None,
            };
            match args {
                Some(args) => {
                    let args = args.as_obj().and_then(|r| self.heap.tuple(r))?;
                    if args.len() < nargs {
                        return None;
                    }
                    wanted.extend(args.iter().take(nargs));
                }
                None if self.matches_self(cls) && nargs == 1 => {}
                None => return None,
            }
        }
        let mut plan = None;
        for &name in if is_instance { &wanted[..] } else { &[] } {
            self.as_str(name)?;
            let name = name.as_obj()?;
            let p = self.instance_attr_for_jit(inst, name)?;
            use crate::jit_api::AttrFound;
            match p.found {
                AttrFound::Slot(_) | AttrFound::ClassValue(_) => {}
                AttrFound::Other if crate::object::Shapes::DICT.0 != p.shape => {
                    // Missing, unless the class makes it up.
                    let own = self.class_attr(p.class, name).ok()?;
                    let hook = ["__getattr__", "__getattribute__"]
                        .iter()
                        .filter_map(|h| self.heap.find_interned(h))
                        .any(|h| self.class_attr(p.class, h).ok().flatten().is_some());
                    if own.is_some() || hook {
                        return None;
                    }
                }
                _ => return None,
            }
            plan = Some(p);
        }
        let plan = match (plan, self.heap.get(inst)) {
            (Some(p), _) => p,
            (None, Obj::Instance(i)) => crate::jit_api::AttrPlan {
                class: i.class,
                shape: i.shape().0,
                classes: self.class_versions_for_jit(i.class),
                found: crate::jit_api::AttrFound::Other,
            },
            (None, _) => return None,
        };
        Some(MatchClassPlan {
            subject: Some(plan),
            classes,
        })
    }
}
