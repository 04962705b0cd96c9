//! Python exceptions as the VM raises them.
//!
//! Stage 1 has no `try`, so an exception is a kind, a message and the
//! traceback gathered while the frames unwind. The kinds carry CPython's
//! names so the last line of a traceback reads exactly as CPython's would.

use std::fmt;

/// Every exception type the VM can raise, named as CPython names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExcKind {
    Exception,
    ArithmeticError,
    AssertionError,
    AttributeError,
    ImportError,
    IndexError,
    KeyError,
    ModuleNotFoundError,
    MemoryError,
    NameError,
    NotImplementedError,
    OverflowError,
    RecursionError,
    RuntimeError,
    StopIteration,
    SyntaxError,
    IndentationError,
    SystemExit,
    TypeError,
    UnboundLocalError,
    ValueError,
    ZeroDivisionError,
    /// Raised when the host's interrupt flag is set or the budget runs out.
    KeyboardInterrupt,
}

impl ExcKind {
    pub fn name(self) -> &'static str {
        match self {
            ExcKind::Exception => "Exception",
            ExcKind::ArithmeticError => "ArithmeticError",
            ExcKind::AssertionError => "AssertionError",
            ExcKind::AttributeError => "AttributeError",
            ExcKind::ImportError => "ImportError",
            ExcKind::ModuleNotFoundError => "ModuleNotFoundError",
            ExcKind::IndexError => "IndexError",
            ExcKind::KeyError => "KeyError",
            ExcKind::MemoryError => "MemoryError",
            ExcKind::NameError => "NameError",
            ExcKind::NotImplementedError => "NotImplementedError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::RecursionError => "RecursionError",
            ExcKind::RuntimeError => "RuntimeError",
            ExcKind::StopIteration => "StopIteration",
            ExcKind::SyntaxError => "SyntaxError",
            ExcKind::IndentationError => "IndentationError",
            ExcKind::SystemExit => "SystemExit",
            ExcKind::TypeError => "TypeError",
            ExcKind::UnboundLocalError => "UnboundLocalError",
            ExcKind::ValueError => "ValueError",
            ExcKind::ZeroDivisionError => "ZeroDivisionError",
            ExcKind::KeyboardInterrupt => "KeyboardInterrupt",
        }
    }
}

/// An exception before it has a traceback: what operations on values
/// return. The interpreter attaches the frames as it unwinds.
#[derive(Clone, Debug, PartialEq)]
pub struct RawError {
    pub kind: ExcKind,
    pub msg: String,
}

impl RawError {
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> RawError {
        RawError { kind, msg: msg.into() }
    }
    pub fn type_error(msg: impl Into<String>) -> RawError {
        RawError::new(ExcKind::TypeError, msg)
    }
    pub fn value_error(msg: impl Into<String>) -> RawError {
        RawError::new(ExcKind::ValueError, msg)
    }
    pub fn zero_division(msg: impl Into<String>) -> RawError {
        RawError::new(ExcKind::ZeroDivisionError, msg)
    }
    /// The one deliberate difference from CPython: ints are 64-bit.
    pub fn int_overflow() -> RawError {
        RawError::new(ExcKind::OverflowError, "integer overflow")
    }
}

impl fmt::Display for RawError {
    /// The last line of a traceback: `TypeName: message`, or just the
    /// type name when the message is empty.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.msg.is_empty() {
            write!(f, "{}", self.kind.name())
        } else {
            write!(f, "{}: {}", self.kind.name(), self.msg)
        }
    }
}

/// What value operations return.
pub type OpResult<T> = Result<T, RawError>;
