//! rumba-bench: runs the benchmark programs under every runtime found on
//! this machine, checks every run's output against the checksum in the
//! manifest, and reports medians and peak memory as a Markdown table, a
//! JSON file and an SVG chart under target/bench/.
//!
//! `cargo run --release -p rumba-bench -- [--quick] [--only a,b] [--runtimes x,y] [--reps N] [--check]`

mod chart;
mod gc_stats;
mod instructions;
mod manifest;
mod measure;
mod report;
mod runtimes;
mod session;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Duration;

use clap::Parser;
use report::{Cell, Report};
use runtimes::Kind;
use session::Session;

#[derive(Parser)]
#[command(about = "Rumba's benchmarks beside CPython, PyPy, Numba, LuaJIT, Lua 5.4 and C")]
struct Args {
    /// Small sizes, one repetition: a smoke run.
    #[arg(long)]
    quick: bool,
    /// Only these programs (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "NAME[,NAME]")]
    only: Vec<String>,
    /// Only these runtimes (comma-separated), named as in the table's
    /// header ("rumba --no-jit", python3, "C -O2", ...) or by an alias
    /// (rumba-nojit, cpython, pypy, numba, lua, c).
    #[arg(long, value_delimiter = ',', value_name = "NAME[,NAME]")]
    runtimes: Vec<String>,
    /// Timed repetitions per runtime after the warm-up [default: 5, with
    /// --quick 1]. A runtime whose warm-up takes over 10 s counts it as the
    /// first and takes fewer, about a minute's worth.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    reps: Option<u32>,
    /// Outputs only: every program once at its quick size under every
    /// runtime found except rumba (unless --runtimes names it); fails if
    /// any disagrees with the manifest.
    #[arg(long, conflicts_with_all = ["quick", "reps"])]
    check: bool,
    /// Kill a run after this many seconds [default: 60, full sizes 600].
    #[arg(long, value_name = "SECS")]
    timeout: Option<u64>,
    /// Instructions per unit of work (an inner iteration, a step) instead
    /// of times: valgrind's count at two sizes, differenced, for the
    /// programs whose manifest entry has `per_unit`; by default rumba,
    /// PyPy, LuaJIT and C (`--runtimes` picks others).
    #[arg(long, conflicts_with_all = ["quick", "reps", "check"])]
    instructions: bool,
    /// Redraw the tables and chart from a results.json, running nothing.
    #[arg(long, value_name = "RESULTS_JSON", conflicts_with_all = ["quick", "only", "runtimes", "reps", "check"])]
    replot: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    // benches/ is a member of the workspace rooted one level up.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let root = root.canonicalize().unwrap_or(root);
    let out_dir = root.join("target/bench");
    match run(&args, &root, &out_dir) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("rumba-bench: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args, root: &Path, out_dir: &Path) -> Result<ExitCode, String> {
    if let Some(json) = &args.replot {
        let text = std::fs::read_to_string(json).map_err(|e| format!("{}: {e}", json.display()))?;
        let report: Report = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", json.display()))?;
        println!("{}", report.markdown());
        let svg = out_dir.join("chart.svg");
        chart::draw(&report, &svg)?;
        println!("\nWrote {}", svg.display());
        return Ok(ExitCode::SUCCESS);
    }

    let programs_dir = root.join("benches/programs");
    let c_dir = out_dir.join("c");
    std::fs::create_dir_all(&c_dir).map_err(|e| format!("{}: {e}", c_dir.display()))?;
    let mut programs = manifest::read(&programs_dir)?;
    if !args.only.is_empty() {
        let known: Vec<&str> = programs.iter().map(|p| p.name.as_str()).collect();
        if let Some(bad) = args.only.iter().find(|n| !known.contains(&n.as_str())) {
            return Err(format!("no program {bad:?}; the programs are {}", known.join(", ")));
        }
        programs.retain(|p| args.only.contains(&p.name));
    }

    let chosen = args
        .runtimes
        .iter()
        .map(|n| runtimes::resolve(n))
        .collect::<Result<Vec<&str>, String>>()?;
    // --check leaves rumba out unless asked for by name: it guards the
    // twins, not the engine, and must pass while the engine is still
    // incomplete.
    let want = |name: &str| {
        if chosen.is_empty() {
            if args.instructions {
                return instructions::DEFAULT.contains(&name);
            }
            !(args.check && name.starts_with("rumba"))
        } else {
            chosen.contains(&name)
        }
    };
    if args.instructions && !instructions::on_path() {
        return Err("--instructions needs valgrind (apt-get install valgrind)".to_string());
    }
    if want("rumba") || want("rumba --no-jit") {
        eprintln!("building rumba (cargo build --release -p rumba)");
        // `cargo run` tells its child which cargo it is; plain `cargo` otherwise.
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
        let built = Command::new(cargo)
            .args(["build", "--release", "-p", "rumba"])
            .current_dir(root)
            .status();
        if !built.is_ok_and(|s| s.success()) {
            eprintln!("note: building rumba failed; an older binary is used if there is one");
        }
    }
    let (runtimes, missing) = runtimes::discover(root, want);
    for m in &missing {
        eprintln!("skipping {m}");
    }
    if runtimes.is_empty() {
        return Err("none of the runtimes asked for is on this machine".to_string());
    }
    let mut c_built = HashSet::new();
    if runtimes.iter().any(|r| r.kind() == Kind::C) {
        for p in programs.iter().filter(|p| p.no_twins.is_none()) {
            let ok = Command::new("gcc")
                .args(["-O2", "-o"])
                .arg(c_dir.join(&p.name))
                .arg(programs_dir.join(format!("{}.c", p.name)))
                .arg("-lm")
                .status()
                .is_ok_and(|s| s.success());
            if ok {
                c_built.insert(p.name.clone());
            }
        }
    }

    if args.instructions {
        let limit = Duration::from_secs(args.timeout.unwrap_or(1800));
        let rows = instructions::measure(&programs, &runtimes, &programs_dir, &c_dir, &c_built, limit);
        println!("{}", instructions::markdown(&rows, &runtimes));
        return Ok(ExitCode::SUCCESS);
    }
    let quick = args.quick || args.check;
    let session = Session {
        programs,
        runtimes,
        missing,
        programs_dir,
        c_dir,
        c_built,
        quick,
        check_only: args.check,
        reps: args.reps.map_or(if quick { 1 } else { 5 }, |n| n as usize),
        // The slowest full-size runs (rumba --no-jit on fib) take over two
        // minutes on a quiet machine and can take twice that on a busy one.
        limit: Duration::from_secs(args.timeout.unwrap_or(if quick { 60 } else { 600 })),
    };
    let report = session.run();
    println!("{}", report.markdown().trim_end());

    if args.check {
        let passed = report.count(|c| matches!(c, Cell::Passed));
        let failed = report.count(|c| matches!(c, Cell::Mismatch { .. } | Cell::Failed { .. }));
        println!("\ntwins: {passed} passed, {failed} failed");
        return Ok(if failed == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        });
    }
    let json = out_dir.join("results.json");
    let text = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
    std::fs::write(&json, text).map_err(|e| format!("{}: {e}", json.display()))?;
    println!("\nWrote {}", json.display());
    let svg = out_dir.join("chart.svg");
    match chart::draw(&report, &svg) {
        Ok(()) => println!("Wrote {}", svg.display()),
        Err(e) => eprintln!("no chart: {e}"),
    }
    Ok(ExitCode::SUCCESS)
}
