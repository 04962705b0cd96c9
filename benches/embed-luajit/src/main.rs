//! LuaJIT's rows of the embedding peers' table: the Lua side of
//! `benches/examples/embed_peers` (its `shared.rs`, included here) with
//! mlua built on LuaJIT, once with the JIT on and once with `jit.off()`
//! (LuaJIT's interpreter).
//!
//!     cargo run --release --manifest-path benches/embed-luajit/Cargo.toml
//!
//! `count luajit|luajit-interp N call|plain` runs the host-call loop once,
//! for instruction counts (as `embed_peers count` does for the others).

#[path = "../../examples/embed_peers/shared.rs"]
mod shared;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("count") {
        let setup = match args[1].as_str() {
            "luajit" => "",
            "luajit-interp" => "jit.off()",
            other => panic!("no engine {other}: luajit or luajit-interp"),
        };
        return shared::mlua_count(setup, &args[2..]);
    }
    shared::print_header();
    for row in [
        shared::mlua_row("mlua (LuaJIT, interpreter)", "jit.off()"),
        shared::mlua_row("mlua (LuaJIT)", ""),
    ] {
        shared::print_row(&row);
    }
}
