//! Python-exact text for numbers and strings: `repr` of floats and strings,
//! the format-spec mini-language (`format()`, f-strings, `str.format`),
//! `%`-formatting, `round`, and parsing `int()`/`float()` arguments.

pub mod bigint;
pub(crate) mod float;
mod percent;
mod spec;
mod text;

pub use crate::numeric::Num;
pub use bigint::{int_to_base, IntRef};
pub use float::{float_repr, round_float, round_float_to_int};
pub use percent::{
    forms_needed, mapping_keys, percent_format, percent_format_in, PercentArg, PercentContext, FORM_REPR, FORM_STR,
};
pub use spec::{format_float, format_int, format_str, parse_format_spec, FormatSpec};
pub use text::{int_decimal, int_decimal_ascii, parse_float_str, parse_int_str, str_repr};
