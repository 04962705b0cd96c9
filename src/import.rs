//! The compiler the VM uses for the script's own modules (`import m` of
//! `m.py`) and for `compile()`, `exec()` and `eval()`: the VM does not
//! depend on the compiler crate, so the engine hands it this.

use rumba_compiler::error::{SyntaxError, SyntaxErrorKind};
use rumba_vm::bytecode::CodeObject;
use rumba_vm::error::{ExcKind, PyError, TraceEntry};
use rumba_vm::import::{CompileMode, SourceCompiler};
use rumba_vm::positions::Position;
use rumba_vm::vm::Vm;

/// Compiles module files under the importing run's limits.
pub(crate) struct ModuleCompiler;

impl SourceCompiler for ModuleCompiler {
    fn compile(&self, vm: &Vm, bytes: &[u8], filename: &str) -> Result<CodeObject, PyError> {
        let source = crate::source::decode(bytes, filename).map_err(|e| {
            let mut err = PyError::new(ExcKind::SyntaxError, e.message);
            err.type_name = Some("SyntaxError");
            err
        })?;
        let meter = rumba_vm::limits::VmMeter::new(vm);
        rumba_compiler::compile_metered(&source, filename, false, &meter).map_err(|e| raised(&e, &source, filename))
    }

    fn compile_text(&self, vm: &Vm, source: &str, filename: &str, mode: CompileMode) -> Result<CodeObject, PyError> {
        let meter = rumba_vm::limits::VmMeter::new(vm);
        match mode {
            CompileMode::Exec => rumba_compiler::compile_metered(source, filename, false, &meter),
            // Unlike an empty entry at the prompt, `compile(text, f, "single")`
            // of nothing but blank lines and comments is CPython's error.
            CompileMode::Single
                if source
                    .lines()
                    .all(|l| matches!(l.trim_start().chars().next(), None | Some('#'))) =>
            {
                Err(rumba_compiler::SyntaxError::new(
                    "invalid syntax",
                    u32::from(!source.is_empty()),
                    0,
                ))
            }
            CompileMode::Single => rumba_compiler::compile_metered(source, filename, true, &meter),
            CompileMode::Eval => rumba_compiler::compile_eval_metered(source, filename, &meter),
        }
        .map_err(|e| raised(&e, source, filename))
    }
}

/// The exception a syntax error in an imported module raises: its
/// place is the innermost entry of the traceback, with no function
/// name, which the report prints as CPython prints a syntax error's
/// place (`traceback::write_entry`).
fn raised(e: &SyntaxError, source: &str, filename: &str) -> PyError {
    let kind = match e.kind {
        SyntaxErrorKind::Limit(kind) => return PyError::new(kind, e.msg.clone()),
        SyntaxErrorKind::SyntaxError => ExcKind::SyntaxError,
        SyntaxErrorKind::IndentationError | SyntaxErrorKind::TabError => ExcKind::IndentationError,
    };
    let mut err = PyError::new(kind, e.msg.clone());
    err.type_name = Some(e.type_name());
    err.traceback.push(TraceEntry {
        filename: filename.into(),
        line: e.line,
        name: "".into(),
        repeated: 0,
        position: Some(Position {
            line: e.line,
            end_line: e.line,
            col: e.col,
            end_col: e.col,
        }),
        source: Some(source.into()),
    });
    err
}
