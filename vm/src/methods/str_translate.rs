//! `str.translate(table)` and `str.maketrans(...)`, which builds its table:
//! a mapping from code points to code points, strs or None (delete).

use crate::builtins::args;
use crate::error::{ExcKind, PyError};
use crate::native::{KwArg, NativeResult};
use crate::value::Value;
use crate::vm::Vm;

use super::str::Text;

/// `translate(table)`: each character looked up by its code point; one the
/// table lacks (any `LookupError`) stays.
pub(super) fn translate(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let table = args::exactly_one("str.translate", args, kwargs)?;
    let text = Text::receiver(vm, recv).text.to_string();
    vm.charge_bytes(text.len())?;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let mapped = match vm.get_item(table, Value::Int(c as i64)) {
            Ok(v) => v,
            Err(e) if matches!(e.kind, ExcKind::KeyError | ExcKind::IndexError) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match mapped {
            Value::None => {}
            Value::Int(i) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(m) => out.push(m),
                None => {
                    return Err(args::error(
                        ExcKind::ValueError,
                        "character mapping must be in range(0x110000)",
                    ))
                }
            },
            v => match vm.as_str(v) {
                Some(s) => {
                    vm.heap.reserve(out.len() + s.len())?;
                    out.push_str(s);
                }
                None => {
                    return Err(args::error(
                        ExcKind::TypeError,
                        "character mapping must return integer, None or str",
                    ))
                }
            },
        }
    }
    Ok(vm.new_str(out))
}

/// `str.maketrans(dict)`, `str.maketrans(x, y)`, `str.maketrans(x, y, z)`.
pub(crate) fn maketrans(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("maketrans", kwargs)?;
    args::count("maketrans", args, 1, 3)?;
    let table = vm.new_dict();
    if let [mapping] = args {
        let Some(d) = mapping.as_obj().and_then(|r| vm.heap.dict(r)) else {
            return Err(args::error(
                ExcKind::TypeError,
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        let entries: Vec<(Value, Value)> = d.table.iter().map(|e| (e.key, e.value)).collect();
        for (k, v) in entries {
            let key = match (k, vm.as_str(k)) {
                (Value::Int(_), _) => k,
                (_, Some(s)) if s.chars().count() == 1 => Value::Int(s.chars().next().map_or(0, |c| c as i64)),
                (_, Some(_)) => {
                    return Err(args::error(
                        ExcKind::ValueError,
                        "string keys in translate table must be of length 1",
                    ))
                }
                _ => {
                    return Err(args::error(
                        ExcKind::TypeError,
                        "keys in translate table must be strings or integers",
                    ))
                }
            };
            vm.set_item(table, key, v)?;
        }
        return Ok(table);
    }
    let text = |vm: &Vm, v: Value, which: &str| -> Result<Vec<char>, PyError> {
        vm.as_str(v).map(|s| s.chars().collect()).ok_or_else(|| {
            args::error(
                ExcKind::TypeError,
                format!("maketrans() argument {which} must be str, not {}", vm.type_name(v)),
            )
        })
    };
    let from = text(vm, args[0], "1")?;
    let to = text(vm, args[1], "2")?;
    if from.len() != to.len() {
        return Err(args::error(
            ExcKind::ValueError,
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (a, b) in from.into_iter().zip(to) {
        vm.set_item(table, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(&deleted) = args.get(2) {
        for c in text(vm, deleted, "3")? {
            vm.set_item(table, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(table)
}
