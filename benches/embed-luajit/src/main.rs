//! LuaJIT's rows of the embedding peers' table: the Lua side of
//! `benches/examples/embed_peers` (its `shared.rs`, included here) with
//! mlua built on LuaJIT, once with the JIT on and once with `jit.off()`
//! (LuaJIT's interpreter).
//!
//!     cargo run --release --manifest-path benches/embed-luajit/Cargo.toml

#[path = "../../examples/embed_peers/shared.rs"]
mod shared;

fn main() {
    shared::print_header();
    for row in [
        shared::mlua_row("mlua (LuaJIT, interpreter)", "jit.off()"),
        shared::mlua_row("mlua (LuaJIT)", ""),
    ] {
        shared::print_row(&row);
    }
}
