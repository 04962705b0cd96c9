//! `typing.NamedTuple`: the functional form `NamedTuple('P', [('x',
//! int)])` and the class form `class P(NamedTuple): x: int`. Both make
//! the class `collections.namedtuple` makes (one named-tuple type), with
//! `__annotations__`; the class form also keeps its body's methods and
//! class attributes, as CPython's `NamedTupleMeta` does.

use super::generic::typing_attr;
use super::{get, TypingObj};
use crate::builtins::args;
use crate::error::{ExcKind, RawError};
use crate::modules::collections::named_tuple_class;
use crate::native::{KwArg, NativeResult};
use crate::value::Value;
use crate::vm::Vm;

/// Names a class body may not define: the named tuple's own machinery.
const PROHIBITED: &[&str] = &[
    "__new__",
    "__init__",
    "__slots__",
    "__getnewargs__",
    "_fields",
    "_field_defaults",
    "_make",
    "_replace",
    "_asdict",
    "_source",
];

/// Names of the body that the class already has its own way.
const SPECIAL: &[&str] = &["__module__", "__name__", "__annotations__"];

/// `NamedTuple(typename, fields=None, /, **kwargs)`.
pub(super) fn named_tuple(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (typename, fields) = match args {
        [] => {
            return Err(RawError::type_error("NamedTuple() missing 1 required positional argument: 'typename'").into())
        }
        [t] => (*t, None),
        [t, f] => (*t, Some(*f)),
        _ => {
            return Err(RawError::type_error(format!(
                "NamedTuple() takes from 1 to 2 positional arguments but {} were given",
                args.len()
            ))
            .into())
        }
    };
    let typename = vm.str_value(typename)?;
    let mut pairs = Vec::new();
    match fields {
        Some(fields) => {
            if !kwargs.is_empty() {
                return Err(RawError::type_error(
                    "Either list of fields or keywords can be provided to NamedTuple, not both",
                )
                .into());
            }
            for item in vm.collect_iterable(fields)? {
                let pair = vm.collect_iterable(item)?;
                let [name, hint] = pair[..] else {
                    let msg = if pair.len() > 2 {
                        "too many values to unpack (expected 2)".to_string()
                    } else {
                        format!("not enough values to unpack (expected 2, got {})", pair.len())
                    };
                    return Err(args::error(ExcKind::ValueError, msg));
                };
                pairs.push((vm.str_value(name)?, hint));
            }
        }
        None => pairs.extend(kwargs.iter().map(|kw| (kw.name.to_string(), kw.value))),
    }
    let hints: Vec<Value> = pairs.iter().map(|(_, h)| *h).collect();
    args::with_roots(vm, &hints, |vm| make(vm, "__main__", &typename, pairs, &[]))
}

/// The named-tuple class with these fields (name and hint), the last ones
/// with `defaults`, and `__annotations__` mapping each field to its hint.
fn make(vm: &mut Vm, module: &str, typename: &str, fields: Vec<(String, Value)>, defaults: &[Value]) -> NativeResult {
    let names = fields.iter().map(|(n, _)| n.clone()).collect();
    let class = named_tuple_class(vm, module, typename, names, false, defaults)?;
    args::with_roots(vm, &[class], |vm| {
        let annotations = vm.new_dict();
        args::with_roots(vm, &[annotations], |vm| {
            let dict = annotations.as_obj().expect("a dict");
            for (name, hint) in fields {
                let hint = super::subscript::convert(vm, hint);
                let key = vm.new_str(name);
                vm.dict_set(dict, key, hint)?;
            }
            let key = vm.heap.intern("__annotations__");
            vm.set_attr(class, key, annotations)?;
            Ok(class)
        })
    })
}

/// Whether `base` is `typing.NamedTuple`, which a class statement turns
/// into a named tuple.
pub(super) fn is_named_tuple(vm: &Vm, base: Value) -> bool {
    typing_attr(vm, "NamedTuple").is_some_and(|nt| nt.is(base))
}

/// `class Name(NamedTuple):` with `others` the other bases and `ns` the
/// namespace of the body: fields from its annotations in order, defaults
/// from its assignments to them, everything else copied onto the class.
pub(super) fn class_form(vm: &mut Vm, name: &str, others: &[Value], ns: Value) -> NativeResult {
    let generic = typing_attr(vm, "Generic").and_then(|g| g.as_obj());
    let only_generic = others.iter().all(|b| {
        b.as_obj() == generic
            || matches!(get(vm, *b), Some(TypingObj::ClassAlias { origin, .. }) if origin.as_obj() == generic)
    });
    if !only_generic {
        return Err(RawError::type_error("can only inherit from a NamedTuple type and Generic").into());
    }
    let dict = ns.as_obj().expect("the namespace dict");
    let entries: Vec<(Value, Value)> = match vm.heap.dict(dict) {
        Some(d) => d.table.iter().map(|e| (e.key, e.value)).collect(),
        None => Vec::new(),
    };
    let lookup = |vm: &Vm, key: &str| entries.iter().find(|(k, _)| vm.as_str(*k) == Some(key)).map(|e| e.1);
    let hints: Vec<(Value, Value)> = match lookup(vm, "__annotations__").and_then(|a| a.as_obj()) {
        Some(a) => vm
            .heap
            .dict(a)
            .map(|d| d.table.iter().map(|e| (e.key, e.value)).collect())
            .unwrap_or_default(),
        None => Vec::new(),
    };
    let mut fields = Vec::with_capacity(hints.len());
    let mut defaults = Vec::new();
    let mut default_names: Vec<String> = Vec::new();
    for (key, hint) in hints {
        let field = vm.str_value(key)?;
        match lookup(vm, &field) {
            Some(v) => {
                defaults.push(v);
                default_names.push(field.clone());
            }
            None if !default_names.is_empty() => {
                return Err(RawError::type_error(format!(
                    "Non-default namedtuple field {field} cannot follow default field{} {}",
                    if default_names.len() > 1 { "s" } else { "" },
                    default_names.join(", ")
                ))
                .into())
            }
            None => {}
        }
        fields.push((field, hint));
    }
    let module = match lookup(vm, "__module__") {
        Some(m) => vm.str_value(m)?,
        None => "__main__".to_string(),
    };
    let field_names: Vec<String> = fields.iter().map(|(n, _)| n.clone()).collect();
    let class = make(vm, &module, name, fields, &defaults)?;
    args::with_roots(vm, &[class], |vm| {
        for (key, value) in entries {
            let Some(key_text) = vm.as_str(key).map(str::to_string) else {
                continue;
            };
            if PROHIBITED.contains(&key_text.as_str()) {
                return Err(args::error(
                    ExcKind::AttributeError,
                    format!("Cannot overwrite NamedTuple attribute {key_text}"),
                ));
            }
            if key_text == "__classcell__" {
                // CPython's NamedTupleMeta does not pass the cell on, so
                // `super()` in the body cannot work there either.
                let shown = vm.repr(class)?;
                return Err(args::error(
                    ExcKind::RuntimeError,
                    format!(
                        "__class__ not set defining '{name}' as {shown}. Was __classcell__ propagated to type.__new__?"
                    ),
                ));
            }
            if SPECIAL.contains(&key_text.as_str()) || field_names.contains(&key_text) {
                continue;
            }
            let key = vm.heap.intern(&key_text);
            vm.set_attr(class, key, value)?;
        }
        Ok(class)
    })
}
