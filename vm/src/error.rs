//! Python exceptions as the VM raises them.
//!
//! Stage 1 has no `try`, so an exception is a kind, a message and the
//! traceback gathered while the frames unwind. The kinds carry CPython's
//! names so the last line of a traceback reads exactly as CPython's would.

use std::fmt;
use std::rc::Rc;

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
    StopAsyncIteration,
    SyntaxError,
    IndentationError,
    SystemExit,
    TypeError,
    UnboundLocalError,
    ValueError,
    ZeroDivisionError,
    /// Raised when the host's interrupt flag is set or the budget runs out.
    KeyboardInterrupt,
    /// Thrown into a suspended generator by `close()`.
    GeneratorExit,
    /// Writing the output failed (a full disk), or reading a file did.
    OSError,
    FileNotFoundError,
    IsADirectoryError,
    NotADirectoryError,
    /// Also what a script gets for input the host did not allow.
    PermissionError,
    /// `input()` at the end of its input.
    EOFError,
    UnicodeDecodeError,
    UnicodeEncodeError,
    /// `str.encode` and `bytes.decode` with an unknown codec.
    LookupError,
}

impl ExcKind {
    pub const ALL: [ExcKind; 34] = [
        ExcKind::Exception,
        ExcKind::ArithmeticError,
        ExcKind::AssertionError,
        ExcKind::AttributeError,
        ExcKind::ImportError,
        ExcKind::IndexError,
        ExcKind::KeyError,
        ExcKind::ModuleNotFoundError,
        ExcKind::MemoryError,
        ExcKind::NameError,
        ExcKind::NotImplementedError,
        ExcKind::OverflowError,
        ExcKind::RecursionError,
        ExcKind::RuntimeError,
        ExcKind::StopIteration,
        ExcKind::StopAsyncIteration,
        ExcKind::SyntaxError,
        ExcKind::IndentationError,
        ExcKind::SystemExit,
        ExcKind::TypeError,
        ExcKind::UnboundLocalError,
        ExcKind::ValueError,
        ExcKind::ZeroDivisionError,
        ExcKind::KeyboardInterrupt,
        ExcKind::GeneratorExit,
        ExcKind::OSError,
        ExcKind::FileNotFoundError,
        ExcKind::IsADirectoryError,
        ExcKind::NotADirectoryError,
        ExcKind::PermissionError,
        ExcKind::EOFError,
        ExcKind::UnicodeDecodeError,
        ExcKind::UnicodeEncodeError,
        ExcKind::LookupError,
    ];

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
            ExcKind::StopAsyncIteration => "StopAsyncIteration",
            ExcKind::SyntaxError => "SyntaxError",
            ExcKind::IndentationError => "IndentationError",
            ExcKind::SystemExit => "SystemExit",
            ExcKind::TypeError => "TypeError",
            ExcKind::UnboundLocalError => "UnboundLocalError",
            ExcKind::ValueError => "ValueError",
            ExcKind::ZeroDivisionError => "ZeroDivisionError",
            ExcKind::KeyboardInterrupt => "KeyboardInterrupt",
            ExcKind::GeneratorExit => "GeneratorExit",
            ExcKind::OSError => "OSError",
            ExcKind::FileNotFoundError => "FileNotFoundError",
            ExcKind::IsADirectoryError => "IsADirectoryError",
            ExcKind::NotADirectoryError => "NotADirectoryError",
            ExcKind::PermissionError => "PermissionError",
            ExcKind::EOFError => "EOFError",
            ExcKind::UnicodeDecodeError => "UnicodeDecodeError",
            ExcKind::UnicodeEncodeError => "UnicodeEncodeError",
            ExcKind::LookupError => "LookupError",
        }
    }
}

/// An exception object carried by an error (equal when it is the same
/// object).
#[derive(Clone, Copy, Debug)]
pub struct ExcObject(pub crate::value::Value);

impl PartialEq for ExcObject {
    fn eq(&self, other: &ExcObject) -> bool {
        self.0.is(other.0)
    }
}

/// An exception before it has a traceback: what operations on values
/// return. The interpreter attaches the frames as it unwinds.
#[derive(Clone, Debug, PartialEq)]
pub struct RawError {
    pub kind: ExcKind,
    pub msg: String,
    /// The exception object, where one was made (`KeyError(key)`).
    pub value: Option<ExcObject>,
}

impl RawError {
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> RawError {
        RawError {
            kind,
            msg: msg.into(),
            value: None,
        }
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

/// One frame of a traceback, and how many more identical frames it stands
/// for: a runaway recursion a million frames deep keeps one entry, not a
/// million (CPython prints such a run as three entries and "[Previous line
/// repeated N more times]").
///
/// Its `Rc`s are shared with the code objects of the engine that made it
/// (a caught exception object keeps its entries; the engine owns both).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraceEntry {
    pub filename: Rc<str>,
    pub line: u32,
    pub name: Rc<str>,
    pub repeated: u32,
    /// Where the failing expression lies, for the markers under the
    /// source line.
    pub position: Option<crate::positions::Position>,
    /// The text of the file, where tracebacks show its lines.
    pub source: Option<Rc<str>>,
}

impl TraceEntry {
    /// The same file, line and function.
    pub fn same_place(&self, other: &TraceEntry) -> bool {
        self.line == other.line && self.filename == other.filename && self.name == other.name
    }
}

/// How an exception printed before another relates to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChainLink {
    /// The next one was raised `from` this one (`__cause__`).
    Cause,
    /// The next one was raised while this one was being handled
    /// (`__context__`).
    Context,
}

/// An exception of the chain printed above the one that ended the run.
#[derive(Clone, Debug, PartialEq)]
pub struct Chained {
    /// Innermost frame first; empty for an exception never raised (a
    /// cause made just to be named).
    pub traceback: Vec<TraceEntry>,
    /// `TypeName: message`.
    pub last_line: String,
    /// How the exception printed next relates to this one.
    pub then: ChainLink,
}

/// A raised Python exception with the frames it passed through: one
/// pointer, so that a `Result<Value, PyError>` is small everywhere it is
/// passed and kept (the interpreter's loop holds many).
#[derive(Clone, Debug, PartialEq)]
pub struct PyError(Box<PyErrorData>);

impl std::ops::Deref for PyError {
    type Target = PyErrorData;
    fn deref(&self) -> &PyErrorData {
        &self.0
    }
}

impl std::ops::DerefMut for PyError {
    fn deref_mut(&mut self) -> &mut PyErrorData {
        &mut self.0
    }
}

impl PyError {
    /// The error's parts, to take fields out of.
    pub fn into_data(self) -> PyErrorData {
        *self.0
    }
}

/// What a `PyError` holds.
#[derive(Clone, Debug, PartialEq)]
pub struct PyErrorData {
    pub kind: ExcKind,
    pub msg: String,
    /// Innermost frame first.
    pub traceback: Vec<TraceEntry>,
    /// For `SystemExit`: the process exit status.
    pub exit_status: i32,
    /// The class name a script's own exception class gives it (`kind` is
    /// then that of its nearest built-in base).
    pub type_name: Option<&'static str>,
    /// The exception object: what `raise` raised, or what the VM made for
    /// its error. Alive while the error unwinds (nothing collects between
    /// the raise and the handler); not to be kept past that.
    pub value: Option<ExcObject>,
    /// The traceback already holds the entry of the frame raising it (a
    /// caught exception raised again keeps the line it was first raised
    /// at): that frame adds none as it unwinds.
    pub frame_recorded: bool,
    /// Its `__context__` was settled (an exception raised while another
    /// is handled gets that one as its context, once, where it is raised).
    pub context_settled: bool,
    /// The exceptions CPython prints above this one (its cause or
    /// context, theirs, ...), first printed first; filled when the run
    /// ends with it.
    pub chain: Box<[Chained]>,
    /// The name a report adds as `. Did you mean: 'name'?` to the last
    /// line (`suggestions.rs`); never part of the message.
    pub suggestion: Option<Box<str>>,
    /// The message is `str()` of the exception object, not computed yet
    /// (`Vm::missing_key`): an `except` that catches the error never
    /// needs it, and a key's repr can cost more than the lookup. Computed
    /// when the error leaves the interpreter (`Vm::settle_message`).
    pub msg_deferred: bool,
}

impl PyError {
    /// Adds the entry of a frame the error unwinds (folding repeats).
    pub fn record_frame(&mut self, entry: TraceEntry) {
        if std::mem::take(&mut self.frame_recorded) {
            return;
        }
        match self.traceback.last_mut() {
            Some(last) if last.same_place(&entry) => last.repeated = last.repeated.saturating_add(1),
            _ => self.traceback.push(entry),
        }
    }
}

impl From<RawError> for PyError {
    fn from(e: RawError) -> PyError {
        PyError(Box::new(PyErrorData {
            kind: e.kind,
            msg: e.msg,
            traceback: Vec::new(),
            exit_status: 1,
            type_name: None,
            value: e.value,
            frame_recorded: false,
            context_settled: false,
            chain: Box::default(),
            suggestion: None,
            msg_deferred: false,
        }))
    }
}

impl PyError {
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyError {
        RawError::new(kind, msg).into()
    }

    /// The exception's type name as reports show it.
    pub fn type_name(&self) -> &'static str {
        self.type_name.unwrap_or(self.kind.name())
    }

    /// The same error with a suggestion for its report.
    pub fn suggesting(mut self, suggestion: Option<Box<str>>) -> PyError {
        self.suggestion = suggestion;
        self
    }

    /// The last line of the report: `TypeName: message`, and the name
    /// CPython suggests, if any.
    pub fn report_line(&self) -> String {
        match &self.suggestion {
            Some(s) => format!("{}. Did you mean: '{s}'?", self.last_line()),
            None => self.last_line(),
        }
    }

    /// The last line of the report: `TypeName: message`.
    pub fn last_line(&self) -> String {
        if self.msg.is_empty() {
            self.type_name().to_string()
        } else {
            format!("{}: {}", self.type_name(), self.msg)
        }
    }
}
