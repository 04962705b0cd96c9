//! `str.format`: replacement fields `{}` `{0}` `{name}` with indexing
//! (`{0[1]}`, `{d[key]}`), attributes, conversions (`!r !s !a`) and format
//! specs that may themselves contain fields (`{:{width}}`).
//!
//! The parser follows CPython's `Objects/stringlib/unicode_format.h` step
//! by step, so malformed templates fail with the same message at the same
//! point. All the syntax is ASCII, so scanning bytes is safe in UTF-8.

use crate::builtins::{args, format_value};
use crate::error::ExcKind;
use crate::error::PyError;
use crate::format::str_repr;
use crate::native::{KwArg, NativeResult};
use crate::ops::text::ascii_escape;
use crate::value::Value;
use crate::vm::Vm;

use super::str::Text;

/// `template.format(*args, **kwargs)`.
pub(super) fn format(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    // Owned: rendering may call back into the VM.
    let template = Text::receiver(vm, recv).text.to_string();
    let fields = Fields {
        args,
        kwargs,
        mapping: None,
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    render_all(vm, fields, &template)
}

/// `template.format_map(mapping)`: named fields are `mapping[name]`
/// (so a dict subclass's `__missing__` answers for absent names).
pub(super) fn format_map(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let mapping = args::exactly_one("str.format_map", args, kwargs)?;
    let template = Text::receiver(vm, recv).text.to_string();
    let fields = Fields {
        args: &[],
        kwargs: &[],
        mapping: Some(mapping),
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    render_all(vm, fields, &template)
}

fn render_all(vm: &mut Vm, mut fields: Fields, template: &str) -> NativeResult {
    let mut out = String::with_capacity(template.len());
    // CPython allows a spec to contain fields, but not a field inside
    // a field inside a spec.
    render(vm, &mut fields, template, 2, &mut out)?;
    Ok(vm.new_str(out))
}

/// Whether fields are numbered automatically (`{}`) or by hand (`{0}`);
/// a template must not mix the two.
#[derive(PartialEq)]
enum Numbering {
    Unset,
    Auto,
    Manual,
}

/// The arguments fields refer to, and the automatic numbering state
/// (shared with nested specs, as in CPython).
struct Fields<'a> {
    args: &'a [Value],
    kwargs: &'a [KwArg],
    /// `format_map`'s mapping, which named fields index.
    mapping: Option<Value>,
    numbering: Numbering,
    next_auto: usize,
}

fn value_error(msg: impl Into<String>) -> PyError {
    args::error(ExcKind::ValueError, msg)
}

/// One replacement field as written: `{name!conversion:spec}`.
struct Field<'t> {
    name: &'t str,
    conversion: Option<char>,
    spec: &'t str,
    /// The spec contains fields of its own and must be rendered first.
    spec_has_fields: bool,
}

/// Appends the rendering of `template` to `out`.
fn render(vm: &mut Vm, fields: &mut Fields, template: &str, depth: i32, out: &mut String) -> Result<(), PyError> {
    if depth <= 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let b = template.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // Literal text up to the next brace.
        let start = i;
        let mut brace = None;
        while i < b.len() {
            let c = b[i];
            i += 1;
            if c == b'{' || c == b'}' {
                brace = Some(c);
                break;
            }
        }
        let at_end = i >= b.len();
        let mut literal_end = i;
        let mut field_follows = brace.is_some();
        match brace {
            Some(b'}') if at_end || b[i] != b'}' => return Err(value_error("Single '}' encountered in format string")),
            Some(b'{') if at_end => return Err(value_error("Single '{' encountered in format string")),
            Some(c) if b[i] == c => {
                // A doubled brace: one brace of literal text.
                i += 1;
                field_follows = false;
            }
            Some(_) => literal_end -= 1,
            None => {}
        }
        out.push_str(&template[start..literal_end]);
        if field_follows {
            let field = parse_field(template, &mut i)?;
            render_field(vm, fields, &field, depth, out)?;
        }
    }
    Ok(())
}

/// Parses a field after its `{`, leaving `i` after its `}`.
fn parse_field<'t>(template: &'t str, i: &mut usize) -> Result<Field<'t>, PyError> {
    let b = template.as_bytes();
    let name_start = *i;
    let mut c = 0u8;
    while *i < b.len() {
        c = b[*i];
        *i += 1;
        match c {
            b'{' => return Err(value_error("unexpected '{' in field name")),
            b'[' => {
                while *i < b.len() && b[*i] != b']' {
                    *i += 1;
                }
            }
            b'}' | b':' | b'!' => break,
            _ => {}
        }
    }
    let mut field = Field {
        name: &template[name_start..*i - 1],
        conversion: None,
        spec: "",
        spec_has_fields: false,
    };
    if c != b'!' && c != b':' {
        if c != b'}' {
            return Err(value_error("expected '}' before end of string"));
        }
        return Ok(field);
    }
    if c == b'!' {
        let Some(conversion) = template[*i..].chars().next() else {
            return Err(value_error("end of string while looking for conversion specifier"));
        };
        field.conversion = Some(conversion);
        *i += conversion.len_utf8();
        if *i < b.len() {
            let next = b[*i];
            *i += 1;
            if next == b'}' {
                return Ok(field);
            }
            if next != b':' {
                return Err(value_error("expected ':' after conversion specifier"));
            }
        }
    }
    // The spec runs to the matching brace; braces inside it nest.
    let spec_start = *i;
    let mut depth = 1;
    while *i < b.len() {
        let c = b[*i];
        *i += 1;
        if c == b'{' {
            field.spec_has_fields = true;
            depth += 1;
        } else if c == b'}' {
            depth -= 1;
            if depth == 0 {
                field.spec = &template[spec_start..*i - 1];
                return Ok(field);
            }
        }
    }
    Err(value_error("unmatched '{' in format spec"))
}

/// Looks the field's value up, converts it, and formats it by its spec.
fn render_field(vm: &mut Vm, fields: &mut Fields, field: &Field, depth: i32, out: &mut String) -> Result<(), PyError> {
    let value = field_value(vm, fields, field.name)?;
    let converted = match field.conversion {
        None => None,
        Some('r') => Some(vm.repr_of(value)?),
        Some('s') => Some(vm.str_value(value)?),
        Some('a') => Some(ascii_escape(&vm.repr_of(value)?)),
        Some(c) if (c as u32) > 32 && (c as u32) < 127 => {
            return Err(value_error(format!("Unknown conversion specifier {c}")))
        }
        Some(c) => return Err(value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))),
    };
    let value = match converted {
        Some(text) => vm.new_str(text),
        None => value,
    };
    if !field.spec_has_fields {
        out.push_str(&format_value(vm, value, field.spec)?);
        return Ok(());
    }
    // The spec's own fields may run the script (a property, a mapping's
    // `__missing__`), which may collect: the value (perhaps made just now)
    // stays rooted meanwhile.
    vm.temp_roots.push(value);
    let mut spec = String::new();
    let rendered = render(vm, fields, field.spec, depth - 1, &mut spec);
    vm.temp_roots.pop();
    rendered?;
    out.push_str(&format_value(vm, value, &spec)?);
    Ok(())
}

/// CPython's `get_integer`: a field name made only of digits is an index.
fn field_index(name: &str) -> Result<Option<usize>, PyError> {
    if name.is_empty() || !name.bytes().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    match name.parse::<i64>() {
        Ok(n) => Ok(Some(n as usize)),
        Err(_) => Err(value_error("Too many decimal digits in format string")),
    }
}

/// The value a field name designates: an argument (by position or
/// keyword), then any `.attr` and `[key]` parts applied in turn.
fn field_value(vm: &mut Vm, fields: &mut Fields, name: &str) -> Result<Value, PyError> {
    let split = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(split);
    let mut index = field_index(first)?;
    let automatic = first.is_empty();
    if automatic || index.is_some() {
        if fields.numbering == Numbering::Unset {
            fields.numbering = if automatic { Numbering::Auto } else { Numbering::Manual };
        }
        match (&fields.numbering, automatic) {
            (Numbering::Manual, true) => {
                return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ))
            }
            (Numbering::Auto, false) => {
                return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ))
            }
            _ => {}
        }
        if automatic {
            index = Some(fields.next_auto);
            fields.next_auto += 1;
        }
    }
    let mut value = match (index, fields.mapping) {
        (Some(_), Some(_)) => return Err(value_error("Format string contains positional fields")),
        (None, Some(mapping)) => {
            let key = vm.new_str(first);
            vm.get_item(mapping, key)?
        }
        (Some(i), None) => *fields.args.get(i).ok_or_else(|| {
            args::error(
                ExcKind::IndexError,
                format!("Replacement index {i} out of range for positional args tuple"),
            )
        })?,
        (None, None) => match fields.kwargs.iter().find(|k| &*k.name == first) {
            Some(k) => k.value,
            None => {
                // KeyError(name), as str.format raises it (its str the repr).
                let key = vm.new_str(first);
                return Err(vm.key_error(key, str_repr(first)).into());
            }
        },
    };
    while let Some(c) = rest.bytes().next() {
        rest = &rest[1..];
        let (part, after) = match c {
            b'.' => rest.split_at(rest.find(['.', '[']).unwrap_or(rest.len())),
            b'[' => match rest.find(']') {
                Some(end) => (&rest[..end], &rest[end + 1..]),
                None => return Err(value_error("Missing ']' in format string")),
            },
            _ => return Err(value_error("Only '.' or '[' may follow ']' in format field specifier")),
        };
        rest = after;
        if part.is_empty() {
            return Err(value_error("Empty attribute in format string"));
        }
        value = if c == b'.' {
            vm.get_attr(value, part)?
        } else {
            let key = match field_index(part)? {
                Some(i) => Value::Int(i as i64),
                None => vm.new_str(part),
            };
            vm.get_item(value, key)?
        };
    }
    Ok(value)
}
