//! rumba-compiler: source text to bytecode.
//!
//! `lex` -> `parse` (an `ast::Module` with spans) -> `future` (the
//! `from __future__` features) -> `scope` (which names are locals, cells,
//! free or global) -> `emit` (a `CodeObject` per function) -> `fuse` (common
//! instruction pairs become superinstructions). `unparse` turns
//! annotations back into text under `from __future__ import annotations`.

pub mod ast;
pub mod error;
pub mod lex;
pub mod parse;

pub use error::{SyntaxError, SyntaxErrorKind};
pub mod emit;
pub mod fuse;
pub mod future;
pub mod scope;
pub mod unparse;

use rumba_vm::bytecode::CodeObject;

/// Compiles a module's source text to its code object.
pub fn compile(source: &str, filename: &str) -> Result<CodeObject, SyntaxError> {
    let module = parse::parse_module(source)?;
    emit::emit_module(&module, filename, false)
}

/// Compiles one entry at the interactive prompt: expression statements
/// print their value.
pub fn compile_interactive(source: &str) -> Result<CodeObject, SyntaxError> {
    let module = parse::parse_interactive(source)?;
    emit::emit_module(&module, "<stdin>", true)
}
