//! Why a recording was given up: one typed reason per cause, with the
//! text `--jit-log`, `--jit-stats` and `--explain` show a user.
//!
//! Limits (`params.rs`) and the program doing something else than it did
//! while recorded are causes in their own right; everything else is
//! `Nyi`: a construct the recorder does not compile yet, named by the
//! instruction (as `--dis` names it), the Python type of what it worked
//! on, and the source line.

use std::fmt;

/// Why a recording was given up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Abort {
    /// A construct the recorder does not compile yet.
    Nyi(Nyi),
    /// More IR than `params::MAX_RECORD` instructions.
    TraceTooLong,
    /// More than `params::MAX_SNAPSHOTS` snapshots.
    TooManySnapshots,
    /// More than `params::MAX_TRACE_SLOTS` stack slots above the root
    /// frame's base.
    StackTooDeep,
    /// Calls inlined deeper than `params::MAX_INLINE_DEPTH`.
    InliningTooDeep,
    /// The inlined calls would come too near the VM's recursion limit
    /// (`--max-depth`), where the interpreter must raise `RecursionError`.
    NearRecursionLimit,
    /// The interpreter went elsewhere than the recorder predicted: an
    /// exception was raised (it leaves the loop) or a jump went
    /// unexpectedly.
    LeftPath,
    /// The interpreter runs in another frame than the recorder expected.
    LeftFrame,
    /// The interpreter's stack height differs from the recorder's.
    StackHeight { found: usize, expected: usize },
    /// The loop ran out of items on the recorded iteration.
    LoopEnds,
    /// The generator the loop steps finished on the recorded step.
    GeneratorFinished,
    /// A generator's own loop: it runs compiled inside the loop that
    /// steps the generator.
    GeneratorOwnLoop,
    /// An inner loop that was given up on: this loop would wait forever.
    InnerLoopBlacklisted,
    /// A recording put off (`Step::Defer`) once too often
    /// (`params::MAX_DEFERS`; a function's entry, at once), for this
    /// reason.
    Deferred(String),
    /// The interpreter stopped the recording, for this reason (an
    /// exception raised, a built-in calling back into the script, a
    /// generator resumed: `JitHook::abandon`).
    Interpreter(String),
    /// The instruction is about to raise, which the interpreter does.
    Raises(Raise),
    /// The recorder's view of the stack disagrees with the interpreter's
    /// (a bug in the recorder, caught before it compiles anything).
    Inconsistent(&'static str),
}

/// What is about to raise an exception (the interpreter raises it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Raise {
    UnboundLocal,
    UndefinedGlobal,
    ModuleAttributeMissing,
    IndexOutOfRange,
    WrongUnpackCount,
    InitReturnedValue,
    CallingNonObject,
    BuiltinRaises,
    UnboundValue,
}

/// A construct not compiled yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Nyi {
    /// The construct in words (`method call .setdefault()`), when the
    /// instruction and its operands alone do not say it.
    pub what: Option<String>,
    /// The instruction being recorded, as `--dis` names it (the recorder
    /// fills it in).
    pub opcode: String,
    /// The Python types of the operands it failed on (`a dict`, `a str
    /// and an int`), when they matter.
    pub operands: Option<String>,
    /// The source line of the instruction (the recorder fills it in).
    pub line: u32,
}

impl Abort {
    /// A construct not compiled yet, described in words.
    pub fn nyi(what: impl Into<String>) -> Abort {
        Abort::Nyi(Nyi {
            what: Some(what.into()),
            opcode: String::new(),
            operands: None,
            line: 0,
        })
    }

    /// A construct not compiled yet, on operands of these Python types.
    pub fn nyi_on(what: impl Into<String>, operands: impl Into<String>) -> Abort {
        let mut abort = Abort::nyi(what);
        if let Abort::Nyi(n) = &mut abort {
            n.operands = Some(operands.into());
        }
        abort
    }

    /// The instruction itself on operands of these Python types.
    pub fn nyi_operands(operands: impl Into<String>) -> Abort {
        Abort::Nyi(Nyi {
            what: None,
            opcode: String::new(),
            operands: Some(operands.into()),
            line: 0,
        })
    }

    /// The instruction itself, whatever its operands.
    pub fn nyi_instruction() -> Abort {
        Abort::Nyi(Nyi {
            what: None,
            opcode: String::new(),
            operands: None,
            line: 0,
        })
    }

    /// Names the instruction and line a `Nyi` came from, if it does not
    /// name them yet.
    pub fn at(mut self, opcode: impl FnOnce() -> String, line: u32) -> Abort {
        if let Abort::Nyi(n) = &mut self {
            if n.opcode.is_empty() {
                n.opcode = opcode();
                n.line = line;
            }
        }
        self
    }
}

impl fmt::Display for Abort {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Abort::Nyi(n) => n.fmt(f),
            Abort::TraceTooLong => write!(f, "trace too long"),
            Abort::TooManySnapshots => write!(f, "too many snapshots"),
            Abort::StackTooDeep => write!(f, "stack too deep for a trace"),
            Abort::InliningTooDeep => write!(f, "inlining too deep"),
            Abort::NearRecursionLimit => write!(f, "call depth near the recursion limit"),
            Abort::LeftPath => write!(f, "left the recorded path (an exception or an unexpected jump)"),
            Abort::LeftFrame => write!(f, "left the recorded frame"),
            Abort::StackHeight { found, expected } => {
                write!(f, "stack height {found} where the recorder expected {expected}")
            }
            Abort::LoopEnds => write!(f, "the loop ends while recording"),
            Abort::GeneratorFinished => write!(f, "the generator finished while recording"),
            Abort::GeneratorOwnLoop => write!(
                f,
                "a generator's own loop: it runs compiled inside the loop that steps the generator"
            ),
            Abort::InnerLoopBlacklisted => write!(f, "inner loop blacklisted"),
            Abort::Deferred(why) | Abort::Interpreter(why) => write!(f, "{why}"),
            Abort::Raises(r) => write!(f, "{}", r.words()),
            Abort::Inconsistent(what) => write!(f, "the recorder lost track of the interpreter: {what}"),
        }
    }
}

impl Raise {
    fn words(self) -> &'static str {
        match self {
            Raise::UnboundLocal => "unbound local",
            Raise::UndefinedGlobal => "undefined global",
            Raise::ModuleAttributeMissing => "module attribute missing",
            Raise::IndexOutOfRange => "index out of range while recording",
            Raise::WrongUnpackCount => "unpacking the wrong number of items",
            Raise::InitReturnedValue => "__init__() returned a value",
            Raise::CallingNonObject => "calling a non-object",
            Raise::BuiltinRaises => "built-in raises on these arguments",
            Raise::UnboundValue => "unbound value",
        }
    }
}

/// `method call .setdefault() is not compiled yet (CALL_METHOD on a
/// dict, line 17)`; without words, the instruction leads:
/// `DELETE_GLOBAL is not compiled yet (line 5)`, `IS on a float and a
/// str is not compiled yet (line 4)`.
impl fmt::Display for Nyi {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let on = self.operands.as_deref().map(|o| format!(" on {o}")).unwrap_or_default();
        let line = if self.line > 0 {
            format!("line {}", self.line)
        } else {
            String::new()
        };
        match &self.what {
            Some(what) => {
                let context: Vec<String> = [format!("{}{on}", self.opcode), line]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect();
                write!(f, "{what} is not compiled yet")?;
                if !context.is_empty() {
                    write!(f, " ({})", context.join(", "))?;
                }
                Ok(())
            }
            None => {
                let opcode = if self.opcode.is_empty() {
                    "this instruction"
                } else {
                    &self.opcode
                };
                write!(f, "{opcode}{on} is not compiled yet")?;
                if self.line > 0 {
                    write!(f, " ({line})")?;
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_user_reads_the_instruction_the_type_and_the_line() {
        let a = Abort::nyi_on("method call .setdefault()", "a dict").at(|| "CALL_METHOD".into(), 17);
        assert_eq!(
            a.to_string(),
            "method call .setdefault() is not compiled yet (CALL_METHOD on a dict, line 17)"
        );
        let a = Abort::nyi_operands("a set and an int").at(|| "BINARY_SUBSCR".into(), 4);
        assert_eq!(
            a.to_string(),
            "BINARY_SUBSCR on a set and an int is not compiled yet (line 4)"
        );
        // The first instruction named stays.
        let a = a.at(|| "POP".into(), 5);
        assert!(a.to_string().starts_with("BINARY_SUBSCR"));
        assert_eq!(Abort::TraceTooLong.to_string(), "trace too long");
        assert_eq!(
            Abort::Raises(Raise::IndexOutOfRange).to_string(),
            "index out of range while recording"
        );
    }
}
