//! Compile-time errors: `SyntaxError`, `IndentationError` and `TabError`,
//! and the limits that can stop a compile (nesting too deep for the host
//! stack, the heap limit, the budget, an interrupt).

use std::fmt;

use rumba_vm::error::ExcKind;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    /// Indentation whose meaning depends on the tab size.
    TabError,
    /// Compiling stopped at a limit, with the exception that says which:
    /// `RecursionError` (nesting deeper than the compiler may recurse),
    /// `MemoryError`, the budget's `RuntimeError`, `KeyboardInterrupt`.
    /// Reported as CPython reports them, one line with no source.
    Limit(ExcKind),
}

/// A compile error located in the source. The VM turns it into the
/// CPython-shaped report (`File`, source line, caret, `SyntaxError: msg`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    /// 1-based line number.
    pub line: u32,
    /// 0-based column (in characters) the caret points at.
    pub col: u32,
}

impl SyntaxError {
    pub fn new(msg: impl Into<String>, line: u32, col: u32) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            line,
            col,
        }
    }
    pub fn indentation(msg: impl Into<String>, line: u32, col: u32) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::IndentationError,
            msg: msg.into(),
            line,
            col,
        }
    }
    pub fn tab(line: u32, col: u32) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::TabError,
            msg: "inconsistent use of tabs and spaces in indentation".into(),
            line,
            col,
        }
    }
    /// A compile stopped by a limit (see `SyntaxErrorKind::Limit`).
    pub fn limit(kind: ExcKind, msg: impl Into<String>, line: u32) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::Limit(kind),
            msg: msg.into(),
            line,
            col: 0,
        }
    }

    /// CPython's error when the compiler nests deeper than it may recurse.
    pub fn too_deep(line: u32) -> SyntaxError {
        SyntaxError::limit(
            ExcKind::RecursionError,
            "maximum recursion depth exceeded during compilation",
            line,
        )
    }

    /// Whether this is a limit, reported without the source line.
    pub fn is_limit(&self) -> bool {
        matches!(self.kind, SyntaxErrorKind::Limit(_))
    }

    pub fn type_name(&self) -> &'static str {
        match self.kind {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::Limit(kind) => kind.name(),
        }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.msg.is_empty() {
            write!(f, "{}", self.type_name())
        } else {
            write!(f, "{}: {}", self.type_name(), self.msg)
        }
    }
}
