//! Source files as text: UTF-8 unless a coding cookie says otherwise.
//!
//! PEP 263: a comment on the first or second line that matches
//! `coding[:=]\s*([-\w.]+)` names the file's encoding (the second line
//! counts only if the first is a comment or blank too). Rumba reads UTF-8,
//! Latin-1 and ASCII source; any other declared encoding is refused with a
//! message that names it, never with one that says none was declared.

use crate::ScriptError;

/// The encodings Rumba decodes.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Encoding {
    Utf8,
    Latin1,
    Ascii,
}

/// The encoding a cookie names, by Python's normalized names and aliases.
fn encoding_named(name: &str) -> Option<Encoding> {
    let norm = name.to_ascii_lowercase().replace('_', "-");
    match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Some(Encoding::Utf8),
        "latin-1" | "latin1" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "latin" | "iso-latin-1" => {
            Some(Encoding::Latin1)
        }
        "ascii" | "us-ascii" | "646" => Some(Encoding::Ascii),
        _ => None,
    }
}

/// The name in a line's coding cookie, if it has one.
fn cookie(line: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(line).ok()?;
    let comment = text.trim_start_matches([' ', '\t', '\x0c']);
    if !comment.starts_with('#') {
        return None;
    }
    let at = comment.find("coding")?;
    let rest = &comment[at + "coding".len()..];
    let rest = rest.strip_prefix([':', '='])?;
    let name: String = rest
        .trim_start_matches([' ', '\t'])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    (!name.is_empty()).then_some(name)
}

/// Whether a line holds nothing but a comment or blanks.
fn comment_or_blank(line: &[u8]) -> bool {
    let trimmed: Vec<u8> = line
        .iter()
        .copied()
        .skip_while(|b| matches!(b, b' ' | b'\t' | b'\x0c'))
        .collect();
    trimmed.is_empty() || trimmed[0] == b'#' || trimmed == b"\r"
}

/// The declared encoding's name, from the first two lines.
fn declared(bytes: &[u8]) -> Option<String> {
    let mut lines = bytes.split(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = cookie(first) {
        return Some(name);
    }
    if comment_or_blank(first) {
        return lines.next().and_then(cookie);
    }
    None
}

fn syntax_error(message: String) -> ScriptError {
    ScriptError {
        kind: "SyntaxError".into(),
        report: format!("SyntaxError: {message}\n"),
        message,
        exit_status: 1,
        line: None,
    }
}

/// A file's bytes as source text: UTF-8 (a leading BOM dropped), or what
/// its coding cookie declares; else the `SyntaxError` CPython reports.
pub(crate) fn decode(bytes: &[u8], filename: &str) -> Result<String, ScriptError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let name = declared(bytes);
    let encoding = match &name {
        None => Encoding::Utf8,
        Some(name) => encoding_named(name).ok_or_else(|| {
            syntax_error(format!(
                "encoding problem: {name} (Rumba reads source in UTF-8, Latin-1 or ASCII)"
            ))
        })?,
    };
    match encoding {
        Encoding::Latin1 => Ok(bytes.iter().map(|&b| b as char).collect()),
        Encoding::Ascii => match bytes.iter().position(|b| !b.is_ascii()) {
            None => Ok(String::from_utf8(bytes.to_vec()).expect("ASCII is UTF-8")),
            Some(at) => Err(undecodable(bytes, at, filename, name.as_deref())),
        },
        Encoding::Utf8 => match std::str::from_utf8(bytes) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => Err(undecodable(bytes, e.valid_up_to(), filename, name.as_deref())),
        },
    }
}

/// The error for a byte the encoding cannot decode: CPython's words when
/// no encoding was declared; otherwise the declared one is named.
fn undecodable(bytes: &[u8], at: usize, filename: &str, declared: Option<&str>) -> ScriptError {
    let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    let byte = bytes[at];
    match declared {
        None => syntax_error(format!(
            "Non-UTF-8 code starting with '\\x{byte:02x}' in file {filename} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details"
        )),
        Some(name) => syntax_error(format!(
            "'{name}' codec can't decode byte 0x{byte:02x} in file {filename} on line {line}"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_found_where_pep_263_says() {
        assert_eq!(
            declared(b"# -*- coding: latin-1 -*-\nx = 1\n").as_deref(),
            Some("latin-1")
        );
        assert_eq!(
            declared(b"#!/usr/bin/env python\n# vim: set fileencoding=utf-8 :\n").as_deref(),
            Some("utf-8")
        );
        assert_eq!(declared(b"x = 1\n# coding: latin-1\n"), None);
        assert_eq!(declared(b"x = '# coding: latin-1'\n"), None);
    }

    #[test]
    fn declared_encodings_decode_or_are_named() {
        assert_eq!(
            decode(b"# coding: latin-1\ns = '\xe9'\n", "f.py").unwrap(),
            "# coding: latin-1\ns = '\u{e9}'\n"
        );
        let e = decode(b"# coding: utf-8\ns = '\xe9'\n", "f.py").unwrap_err();
        assert_eq!(e.message, "'utf-8' codec can't decode byte 0xe9 in file f.py on line 2");
        let e = decode(b"# coding: cp1252\n", "f.py").unwrap_err();
        assert!(e.message.starts_with("encoding problem: cp1252"), "{}", e.message);
        let e = decode(b"s = '\xe9'\n", "f.py").unwrap_err();
        assert!(e.message.contains("but no encoding declared"), "{}", e.message);
    }
}
