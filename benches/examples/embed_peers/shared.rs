//! What the embedding peers' measurements share: the sizes, the timing and
//! the table, and the Lua side, which is the same code for mlua built on
//! Lua 5.4 (this example) and on LuaJIT (the `benches/embed-luajit` crate,
//! which includes this file: mlua cannot have both in one build).

use std::time::Instant;

/// Iterations of the script loop that calls a host function.
pub const LOOPS: u64 = 1_000_000;
/// Calls of a script function from Rust.
pub const CALLS: u64 = 100_000;
/// Runs of the 3-line script, from source and compiled.
pub const RUNS: u64 = 10_000;

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(|a, b| a.total_cmp(b));
    samples[samples.len() / 2]
}

/// Nanoseconds per unit of `work`, which does `units` of them: the median
/// of 5 runs.
pub fn per_unit(units: u64, mut work: impl FnMut()) -> f64 {
    median(
        (0..5)
            .map(|_| {
                let start = Instant::now();
                work();
                start.elapsed().as_secs_f64() * 1e9 / units as f64
            })
            .collect(),
    )
}

/// One engine's line of the table, in nanoseconds per crossing.
pub struct Row {
    pub engine: &'static str,
    pub host_call: f64,
    pub call_from_rust: f64,
    pub run_source: f64,
    pub run_compiled: f64,
}

pub fn print_header() {
    println!(
        "| engine | host call from a script loop | call from Rust | 3-line script from source | compiled, run again |"
    );
    println!("|---|---:|---:|---:|---:|");
}

pub fn print_row(row: &Row) {
    println!(
        "| {} | {:.0} ns | {:.0} ns | {:.1} µs | {:.1} µs |",
        row.engine,
        row.host_call,
        row.call_from_rust,
        row.run_source / 1000.0,
        row.run_compiled / 1000.0
    );
}

/// The Lua loop of the host-call measurement, `n` iterations, calling the
/// host function `scale` or (`call` false) doing its work itself.
pub fn lua_loop(n: u64, call: bool) -> String {
    let body = if call { "scale(i)" } else { "i * 2.0" };
    format!("local t = 0.0\nfor i = 0, {} do t = t + {body} end", n - 1)
}

/// An mlua `Lua` with the host function `scale(x) = x * 2.0`, after
/// `setup` (LuaJIT's `jit.off()`, for its interpreter).
pub fn mlua_with_scale(setup: &str) -> mlua::Lua {
    let lua = mlua::Lua::new();
    lua.load(setup).exec().unwrap();
    let scale = lua.create_function(|_, x: f64| Ok(x * 2.0)).unwrap();
    lua.globals().set("scale", scale).unwrap();
    lua
}

const LUA_AREA: &str = "function area(r) return 3.0 * r * r end";

/// `n` calls of the script function `area` from Rust.
fn lua_calls(area: &mlua::Function, n: u64) {
    for i in 0..n {
        let _: f64 = area.call(i as f64).unwrap();
    }
}

/// `count`'s work for an mlua engine (for instruction counts): one run of
/// the host-call loop (`N call|plain`) or `N` calls of `area` from Rust
/// (`N rust`), then exit.
pub fn mlua_count(setup: &str, args: &[String]) {
    let n: u64 = args[0].parse().expect("N: the loop's iterations");
    let lua = mlua_with_scale(setup);
    if args[1] == "rust" {
        lua.load(LUA_AREA).exec().unwrap();
        lua_calls(&lua.globals().get("area").unwrap(), n);
    } else {
        lua.load(lua_loop(n, args[1] == "call")).exec().unwrap();
    }
}

/// The three measurements in an mlua `Lua` (whichever Lua it was built
/// with); `setup` runs first (LuaJIT's `jit.off()`, for its interpreter).
pub fn mlua_row(engine: &'static str, setup: &str) -> Row {
    use mlua::Function;
    let lua = mlua_with_scale(setup);
    let (with_call, without) = (lua_loop(LOOPS, true), lua_loop(LOOPS, false));
    let host_call = per_unit(LOOPS, || lua.load(&with_call).exec().unwrap())
        - per_unit(LOOPS, || lua.load(&without).exec().unwrap());
    lua.load(LUA_AREA).exec().unwrap();
    let area: Function = lua.globals().get("area").unwrap();
    let call_from_rust = per_unit(CALLS, || lua_calls(&area, CALLS));
    let source = "local function f(x) local r = {} for i = 0, 9 do r[#r + 1] = i * x end return r end\ny = f(3)";
    let run_source = per_unit(RUNS, || {
        for _ in 0..RUNS {
            lua.load(source).exec().unwrap();
        }
    });
    let compiled: Function = lua.load(source).into_function().unwrap();
    let run_compiled = per_unit(RUNS, || {
        for _ in 0..RUNS {
            compiled.call::<()>(()).unwrap();
        }
    });
    Row {
        engine,
        host_call,
        call_from_rust,
        run_source,
        run_compiled,
    }
}
