//! Machine code for traces. Only x86-64 for now; the crate compiles the
//! JIT out elsewhere.

// dynasm's register macros convert their argument with `.into()`.
#[allow(clippy::useless_conversion)]
pub mod x64;
