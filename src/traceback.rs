//! The report of an uncaught exception, as CPython 3.11 prints it: the
//! chain of exceptions it was raised from or during, then its own
//! traceback, each frame with its source line and, under it, markers at
//! the failing expression (`^^^^`, or `~~~^~~~` that picks out the
//! operator of a binary operation and the index of a subscript).
//!
//! The rules are those of CPython 3.11's `Python/traceback.c`, found by
//! experiment and kept as CPython has them, oddities included: markers
//! are left out when they would cover the whole line; an expression over
//! several lines is marked on its first line up to the last character
//! that is not blank, found by a scan that mixes character and UTF-8 byte
//! indices; and markers are counted in display cells (a wide character
//! takes two).

use rumba_compiler::ast::{ExprKind, StmtKind};
use rumba_vm::error::{ChainLink, PyError, TraceEntry};
use rumba_vm::positions::Position;

/// How many identical frames in a row are printed before the rest are
/// counted in one line (CPython's `TB_RECURSIVE_CUTOFF`).
const RECURSIVE_CUTOFF: usize = 3;

/// The whole report CPython prints for an uncaught exception.
pub(crate) fn report(e: &PyError) -> String {
    let mut out = String::new();
    for link in e.chain.iter() {
        if !link.traceback.is_empty() {
            write_traceback(&mut out, &link.traceback);
        }
        out.push_str(&link.last_line);
        out.push('\n');
        out.push_str(match link.then {
            ChainLink::Cause => "\nThe above exception was the direct cause of the following exception:\n\n",
            ChainLink::Context => "\nDuring handling of the above exception, another exception occurred:\n\n",
        });
    }
    write_traceback(&mut out, &e.traceback);
    out.push_str(&e.last_line());
    out.push('\n');
    out
}

/// `Traceback (most recent call last):` and the frames, outermost first
/// (`traceback` holds them innermost first, runs of one place merged).
fn write_traceback(out: &mut String, traceback: &[TraceEntry]) {
    out.push_str("Traceback (most recent call last):\n");
    for entry in traceback.iter().rev() {
        let count = entry.repeated as usize + 1;
        for _ in 0..count.min(RECURSIVE_CUTOFF) {
            write_entry(out, entry);
        }
        if count > RECURSIVE_CUTOFF {
            let more = count - RECURSIVE_CUTOFF;
            out.push_str(&format!(
                "  [Previous line repeated {} more time{}]\n",
                more,
                if more == 1 { "" } else { "s" }
            ));
        }
    }
}

/// One frame: its place, its source line and the markers.
fn write_entry(out: &mut String, entry: &TraceEntry) {
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        entry.filename, entry.line, entry.name
    ));
    let Some(line) = entry.source.as_deref().and_then(|s| source_line(s, entry.line)) else {
        return;
    };
    let chars: Vec<char> = line.chars().collect();
    let indent = chars.iter().take_while(|&&c| is_blank(c)).count();
    out.push_str("    ");
    out.extend(&chars[indent..]);
    out.push('\n');
    if let Some(p) = entry.position {
        if let Some(markers) = markers(line, &chars, indent, p) {
            out.push_str(&markers);
        }
    }
}

/// Line `n` (1-based) of `source`, without its end: lines end as Python
/// reads them, at `\n`, `\r\n` or `\r`.
fn source_line(source: &str, n: u32) -> Option<&str> {
    let mut rest = source;
    for _ in 1..n {
        let end = rest.find(['\n', '\r'])?;
        let skip = if rest[end..].starts_with("\r\n") { 2 } else { 1 };
        rest = &rest[end + skip..];
    }
    if rest.is_empty() {
        return None;
    }
    Some(rest.find(['\n', '\r']).map_or(rest, |end| &rest[..end]))
}

/// The blanks CPython strips from the front of a source line, and skips
/// between the parts of an expression.
fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\x0c')
}

/// Where the operator of a binary operation or the index of a subscript
/// lies in the marked expression (character offsets into the line):
/// between `left_end` and `right_start` the markers are `^`, elsewhere `~`.
struct Anchors {
    left_end: usize,
    right_start: usize,
}

/// The marker line under `line` for an expression at `p`, or None where
/// CPython prints none.
fn markers(line: &str, chars: &[char], indent: usize, p: Position) -> Option<String> {
    let len = chars.len();
    let start = (p.col as usize).min(len);
    let mut end = (p.end_col as usize).min(len);
    let mut anchors = None;
    if p.line == p.end_line {
        anchors = segment_anchors(&chars[start..end.max(start)]).map(|a| Anchors {
            left_end: a.left_end + start,
            right_start: a.right_start + start,
        });
    } else {
        // To the last character that is not blank, as CPython finds it:
        // counting down from the length in characters, but testing the
        // UTF-8 bytes at those indices.
        let bytes = line.as_bytes();
        let mut i = len;
        while i > 0 && is_blank(bytes[i - 1] as char) {
            i -= 1;
        }
        end = i;
    }
    if end.saturating_sub(start) == len - indent && anchors.is_none() {
        return None;
    }
    let cells = |offset: usize| display_width(&chars[..offset.min(len)]);
    let (start_cell, end_cell) = (cells(start), cells(end));
    let anchor_cells = anchors.map(|a| (cells(a.left_end), cells(a.right_start)));
    let mut out = String::from("    ");
    for cell in indent + 1..=end_cell {
        out.push(if cell <= start_cell {
            ' '
        } else {
            match anchor_cells {
                Some((left, right)) if left < cell && cell <= right => '^',
                Some(_) => '~',
                None => '^',
            }
        });
    }
    out.push('\n');
    Some(out)
}

/// The anchors of the expression `segment`, read as CPython reads it:
/// parsed alone, and only a binary operation or a subscript has them.
fn segment_anchors(segment: &[char]) -> Option<Anchors> {
    let text: String = segment.iter().collect();
    let module = rumba_compiler::parse::parse_module(&text).ok()?;
    let [stmt] = &module.body[..] else { return None };
    let StmtKind::Expr(e) = &stmt.kind else { return None };
    let at = |i: usize| segment.get(i).copied();
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            let (from, to) = (left.span.end_col as usize, right.span.col as usize);
            let mut found = None;
            for i in from..to {
                let Some(c) = at(i).filter(|&c| !is_blank(c)) else {
                    continue;
                };
                // A two-character operator (`//`, `**`) is marked whole.
                let wide = i + 1 < to && at(i + 1).is_some_and(|n| !is_blank(n));
                found = Some(Anchors {
                    left_end: i,
                    right_start: i + 1 + wide as usize,
                });
                // A closing parenthesis of the left operand is not the
                // operator: look on.
                if !(c == ')' && i + 1 < to) {
                    break;
                }
            }
            found
        }
        ExprKind::Subscript { value, index } => {
            let len = segment.len();
            let mut left = value.span.end_col as usize;
            let mut right = index.span.end_col as usize + 1;
            while left < len && at(left) != Some('[') {
                left += 1;
            }
            while right < len && at(right) != Some(']') {
                right += 1;
            }
            if right < len {
                right += 1;
            }
            Some(Anchors {
                left_end: left,
                right_start: right,
            })
        }
        _ => None,
    }
}

/// The cells a terminal gives `chars`: two for a wide or full-width
/// character (East Asian Width W or F, Unicode 14 as CPython 3.11's
/// tables), one for any other.
fn display_width(chars: &[char]) -> usize {
    chars
        .iter()
        .map(|&c| {
            let c = c as u32;
            let wide = c >= 0x1100
                && WIDE_RANGES
                    .binary_search_by(|&(lo, hi)| {
                        if hi < c {
                            std::cmp::Ordering::Less
                        } else if lo > c {
                            std::cmp::Ordering::Greater
                        } else {
                            std::cmp::Ordering::Equal
                        }
                    })
                    .is_ok();
            1 + wide as usize
        })
        .sum()
}

/// The assigned code points of East Asian Width W or F (Unicode 14.0).
const WIDE_RANGES: &[(u32, u32)] = &[
    (0x1100, 0x115F),
    (0x231A, 0x231B),
    (0x2329, 0x232A),
    (0x23E9, 0x23EC),
    (0x23F0, 0x23F0),
    (0x23F3, 0x23F3),
    (0x25FD, 0x25FE),
    (0x2614, 0x2615),
    (0x2648, 0x2653),
    (0x267F, 0x267F),
    (0x2693, 0x2693),
    (0x26A1, 0x26A1),
    (0x26AA, 0x26AB),
    (0x26BD, 0x26BE),
    (0x26C4, 0x26C5),
    (0x26CE, 0x26CE),
    (0x26D4, 0x26D4),
    (0x26EA, 0x26EA),
    (0x26F2, 0x26F3),
    (0x26F5, 0x26F5),
    (0x26FA, 0x26FA),
    (0x26FD, 0x26FD),
    (0x2705, 0x2705),
    (0x270A, 0x270B),
    (0x2728, 0x2728),
    (0x274C, 0x274C),
    (0x274E, 0x274E),
    (0x2753, 0x2755),
    (0x2757, 0x2757),
    (0x2795, 0x2797),
    (0x27B0, 0x27B0),
    (0x27BF, 0x27BF),
    (0x2B1B, 0x2B1C),
    (0x2B50, 0x2B50),
    (0x2B55, 0x2B55),
    (0x2E80, 0x2E99),
    (0x2E9B, 0x2EF3),
    (0x2F00, 0x2FD5),
    (0x2FF0, 0x2FFB),
    (0x3000, 0x303E),
    (0x3041, 0x3096),
    (0x3099, 0x30FF),
    (0x3105, 0x312F),
    (0x3131, 0x318E),
    (0x3190, 0x31E3),
    (0x31F0, 0x321E),
    (0x3220, 0x3247),
    (0x3250, 0x4DBF),
    (0x4E00, 0xA48C),
    (0xA490, 0xA4C6),
    (0xA960, 0xA97C),
    (0xAC00, 0xD7A3),
    (0xF900, 0xFA6D),
    (0xFA70, 0xFAD9),
    (0xFE10, 0xFE19),
    (0xFE30, 0xFE52),
    (0xFE54, 0xFE66),
    (0xFE68, 0xFE6B),
    (0xFF01, 0xFF60),
    (0xFFE0, 0xFFE6),
    (0x16FE0, 0x16FE4),
    (0x16FF0, 0x16FF1),
    (0x17000, 0x187F7),
    (0x18800, 0x18CD5),
    (0x18D00, 0x18D08),
    (0x1AFF0, 0x1AFF3),
    (0x1AFF5, 0x1AFFB),
    (0x1AFFD, 0x1AFFE),
    (0x1B000, 0x1B122),
    (0x1B150, 0x1B152),
    (0x1B164, 0x1B167),
    (0x1B170, 0x1B2FB),
    (0x1F004, 0x1F004),
    (0x1F0CF, 0x1F0CF),
    (0x1F18E, 0x1F18E),
    (0x1F191, 0x1F19A),
    (0x1F200, 0x1F202),
    (0x1F210, 0x1F23B),
    (0x1F240, 0x1F248),
    (0x1F250, 0x1F251),
    (0x1F260, 0x1F265),
    (0x1F300, 0x1F320),
    (0x1F32D, 0x1F335),
    (0x1F337, 0x1F37C),
    (0x1F37E, 0x1F393),
    (0x1F3A0, 0x1F3CA),
    (0x1F3CF, 0x1F3D3),
    (0x1F3E0, 0x1F3F0),
    (0x1F3F4, 0x1F3F4),
    (0x1F3F8, 0x1F43E),
    (0x1F440, 0x1F440),
    (0x1F442, 0x1F4FC),
    (0x1F4FF, 0x1F53D),
    (0x1F54B, 0x1F54E),
    (0x1F550, 0x1F567),
    (0x1F57A, 0x1F57A),
    (0x1F595, 0x1F596),
    (0x1F5A4, 0x1F5A4),
    (0x1F5FB, 0x1F64F),
    (0x1F680, 0x1F6C5),
    (0x1F6CC, 0x1F6CC),
    (0x1F6D0, 0x1F6D2),
    (0x1F6D5, 0x1F6D7),
    (0x1F6DD, 0x1F6DF),
    (0x1F6EB, 0x1F6EC),
    (0x1F6F4, 0x1F6FC),
    (0x1F7E0, 0x1F7EB),
    (0x1F7F0, 0x1F7F0),
    (0x1F90C, 0x1F93A),
    (0x1F93C, 0x1F945),
    (0x1F947, 0x1F9FF),
    (0x1FA70, 0x1FA74),
    (0x1FA78, 0x1FA7C),
    (0x1FA80, 0x1FA86),
    (0x1FA90, 0x1FAAC),
    (0x1FAB0, 0x1FABA),
    (0x1FAC0, 0x1FAC5),
    (0x1FAD0, 0x1FAD9),
    (0x1FAE0, 0x1FAE7),
    (0x1FAF0, 0x1FAF6),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B738),
    (0x2B740, 0x2B81D),
    (0x2B820, 0x2CEA1),
    (0x2CEB0, 0x2EBE0),
    (0x2F800, 0x2FA1D),
    (0x30000, 0x3134A),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(line: &str, col: u32, end_col: u32, end_line: u32) -> Option<String> {
        let chars: Vec<char> = line.chars().collect();
        let indent = chars.iter().take_while(|&&c| is_blank(c)).count();
        let p = Position {
            line: 1,
            end_line,
            col,
            end_col,
        };
        markers(line, &chars, indent, p)
    }

    #[test]
    fn binary_operations_and_subscripts_mark_their_operator_and_index() {
        assert_eq!(marked("x = a + b", 4, 9, 1).as_deref(), Some("        ~~^~~\n"));
        assert_eq!(marked("x = a // b", 4, 10, 1).as_deref(), Some("        ~~^^~~\n"));
        assert_eq!(
            marked("x = ((1)) / 0", 4, 13, 1).as_deref(),
            Some("        ~~~~~~^~~\n")
        );
        assert_eq!(marked("  y = d['k']", 6, 12, 1).as_deref(), Some("      ~^^^^^\n"));
        assert_eq!(marked("f(x)", 0, 4, 1), None);
        assert_eq!(marked("x = f(x)", 4, 8, 1).as_deref(), Some("        ^^^^\n"));
    }

    #[test]
    fn wide_characters_take_two_cells() {
        assert_eq!(
            marked("t = '日本' + 1", 4, 12, 1).as_deref(),
            Some("        ~~~~~~~^~~\n")
        );
    }

    #[test]
    fn lines_end_as_python_reads_them() {
        let text = "a\r\nb\rc\nd";
        assert_eq!(source_line(text, 2), Some("b"));
        assert_eq!(source_line(text, 3), Some("c"));
        assert_eq!(source_line(text, 4), Some("d"));
        assert_eq!(source_line(text, 5), None);
    }
}
