//! rumba-vm: values, heap, bytecode and the interpreter.
//!
//! `value` (the 16-byte value), `heap` (objects and the collector),
//! `object` (object kinds), `bytecode` (opcodes and code objects),
//! `interp` (the dispatch loop and calls), `ops` (the meaning of operators),
//! `builtins`, `methods` and `modules` (what scripts can call), `format`
//! and `numeric` (Python-exact numbers and text), `hook` (where a JIT
//! plugs in), `dis` (bytecode listings), `typing` (type hints at run time).

pub mod async_generator;
pub mod builtin_bases;
pub mod builtins;
pub mod bytecode;
pub mod call;
pub mod chaining;
pub mod classes;
pub mod codes;
pub mod cvec;
pub mod dis;
pub mod error;
pub mod exceptions;
pub mod format;
pub mod generator;
pub mod heap;
pub mod hook;
pub mod host_io;
pub mod import;
pub mod interp;
pub mod jit_api;
pub mod jit_report;
pub mod layout;
pub mod limits;
pub mod liveness;
pub mod metaclass;
pub mod methods;
pub mod modules;
pub mod native;
pub mod numba;
pub mod numeric;
pub mod object;
pub mod ops;
pub mod positions;
pub mod prelude;
pub mod profile;
pub mod pyhash;
pub(crate) mod shared_attr_cache;
pub mod special;
pub(crate) mod stack_top;
pub mod suggestions;
pub mod typing;
pub mod unicode;
pub mod value;
pub mod vm;
