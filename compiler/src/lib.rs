//! rumba-compiler: source text to bytecode.
//!
//! `lex` -> `parse` (an `ast::Module` with spans) -> `mangle` (private
//! names in class bodies) -> `future` (the
//! `from __future__` features) -> `scope` (which names are locals, cells,
//! free or global) -> `emit` (a `CodeObject` per function) -> `fuse` (common
//! instruction pairs become superinstructions). `unparse` turns
//! annotations back into text under `from __future__ import annotations`.

pub mod ast;
pub mod error;
pub mod lex;
pub mod mangle;
pub mod parse;

pub use error::{SyntaxError, SyntaxErrorKind};
pub mod emit;
pub mod fuse;
pub mod future;
pub mod scope;
pub mod unparse;

use rumba_vm::bytecode::CodeObject;
use rumba_vm::limits::{CompileMeter, StackBudget, Unmetered, STACK_BUDGET};

/// Compiles a module's source text to its code object.
pub fn compile(source: &str, filename: &str) -> Result<CodeObject, SyntaxError> {
    compile_metered(source, filename, false, &Unmetered)
}

/// Compiles one entry at the interactive prompt: expression statements
/// print their value.
pub fn compile_interactive(source: &str) -> Result<CodeObject, SyntaxError> {
    compile_metered(source, "<stdin>", true, &Unmetered)
}

/// Compiles under limits: `meter` is charged as the compiler goes (see
/// `CompileMeter`), and nesting that would take the compiler's recursion
/// past `STACK_BUDGET` bytes of host stack is CPython's `RecursionError:
/// maximum recursion depth exceeded during compilation`.
pub fn compile_metered(
    source: &str,
    filename: &str,
    interactive: bool,
    meter: &dyn CompileMeter,
) -> Result<CodeObject, SyntaxError> {
    let stack = StackBudget::from_here(STACK_BUDGET);
    let mut module = parse::parse_metered(source, meter, stack)?;
    mangle::mangle_module(&mut module, stack)?;
    let mut code = emit::emit_metered(&module, filename, interactive, meter, stack)?;
    if shows_source(filename) {
        attach_source(&mut code, source.into());
    }
    Ok(code)
}

/// Compiles `eval()`'s input: an expression whose value the code
/// returns. Limits as `compile_metered`'s.
pub fn compile_eval_metered(source: &str, filename: &str, meter: &dyn CompileMeter) -> Result<CodeObject, SyntaxError> {
    let stack = StackBudget::from_here(STACK_BUDGET);
    let expr = parse::parse_eval_metered(source, meter, stack)?;
    let mut code = emit::emit_eval_metered(&expr, filename, meter, stack)?;
    if shows_source(filename) {
        attach_source(&mut code, source.into());
    }
    Ok(code)
}

/// Whether tracebacks show source lines from a file of this name: not
/// from `<string>`, `<stdin>` and the like, which CPython never reads.
fn shows_source(filename: &str) -> bool {
    !(filename.starts_with('<') && filename.ends_with('>'))
}

/// Gives every code object of a compile the one copy of its source.
fn attach_source(code: &mut CodeObject, source: std::rc::Rc<str>) {
    let mut pending = vec![code];
    while let Some(code) = pending.pop() {
        code.source = Some(source.clone());
        for child in &mut code.children {
            pending.push(std::rc::Rc::get_mut(child).expect("a new compile's code is not shared"));
        }
    }
}

/// A limit that stopped a compile, as the compile's error.
pub(crate) fn limit_error(e: rumba_vm::error::RawError, line: u32) -> SyntaxError {
    SyntaxError::limit(e.kind, e.msg, line)
}
