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
    let mut lines = Lines::default();
    for link in e.chain.iter() {
        if !link.traceback.is_empty() {
            write_traceback(&mut out, &link.traceback, &mut lines);
        }
        out.push_str(&link.last_line);
        out.push('\n');
        out.push_str(match link.then {
            ChainLink::Cause => "\nThe above exception was the direct cause of the following exception:\n\n",
            ChainLink::Context => "\nDuring handling of the above exception, another exception occurred:\n\n",
        });
    }
    write_traceback(&mut out, &e.traceback, &mut lines);
    out.push_str(&e.report_line());
    out.push('\n');
    out
}

/// `Traceback (most recent call last):` and the frames, outermost first
/// (`traceback` holds them innermost first, runs of one place merged).
fn write_traceback(out: &mut String, traceback: &[TraceEntry], lines: &mut Lines) {
    out.push_str("Traceback (most recent call last):\n");
    for entry in traceback.iter().rev() {
        let count = entry.repeated as usize + 1;
        for _ in 0..count.min(RECURSIVE_CUTOFF) {
            write_entry(out, entry, lines);
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
fn write_entry(out: &mut String, entry: &TraceEntry, lines: &mut Lines) {
    if entry.name.is_empty() {
        // The place of a syntax error in an imported module.
        let source = entry.source.as_deref().unwrap_or("");
        let col = entry.position.map_or(0, |p| p.col);
        out.push_str(&crate::syntax_place(&entry.filename, entry.line, col, source));
        return;
    }
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        entry.filename, entry.line, entry.name
    ));
    let Some(source) = entry.source.as_deref() else { return };
    let Some(line) = lines.line(source, entry.line) else {
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

/// Where the lines of each source text start, found once per report (a
/// recursion through many functions prints a thousand frames).
#[derive(Default)]
struct Lines {
    starts: Vec<(*const u8, Vec<usize>)>,
}

impl Lines {
    /// Line `n` (1-based) of `source`, without its end: lines end as
    /// Python reads them, at `\n`, `\r\n` or `\r`.
    fn line<'s>(&mut self, source: &'s str, n: u32) -> Option<&'s str> {
        let key = source.as_ptr();
        let at = match self.starts.iter().position(|(k, _)| *k == key) {
            Some(at) => at,
            None => {
                self.starts.push((key, line_starts(source)));
                self.starts.len() - 1
            }
        };
        let start = *self.starts[at].1.get((n as usize).checked_sub(1)?)?;
        let rest = &source[start..];
        if rest.is_empty() {
            return None;
        }
        Some(rest.find(['\n', '\r']).map_or(rest, |end| &rest[..end]))
    }
}

/// The byte offset each line of `source` starts at.
fn line_starts(source: &str) -> Vec<usize> {
    let bytes = source.as_bytes();
    let mut starts = vec![0];
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                i += 2;
                starts.push(i);
            }
            b'\n' | b'\r' => {
                i += 1;
                starts.push(i);
            }
            _ => i += 1,
        }
    }
    starts
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
/// character, one for any other.
fn display_width(chars: &[char]) -> usize {
    chars.iter().map(|&c| 1 + rumba_vm::unicode::is_wide(c) as usize).sum()
}

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
        assert_eq!(marked("  y = d['k']", 6, 12, 1).as_deref(), Some("        ~^^^^^\n"));
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
        let mut lines = Lines::default();
        assert_eq!(lines.line(text, 1), Some("a"));
        assert_eq!(lines.line(text, 2), Some("b"));
        assert_eq!(lines.line(text, 3), Some("c"));
        assert_eq!(lines.line(text, 4), Some("d"));
        assert_eq!(lines.line(text, 5), None);
        assert_eq!(lines.line(text, 0), None);
    }
}
