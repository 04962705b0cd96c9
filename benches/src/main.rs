//! rumba-bench: runs the benchmark programs under every runtime found on
//! this machine, checks every run's checksum against CPython's, and
//! reports medians and peak memory as a Markdown table, a JSON file and an
//! SVG chart under target/bench/.
//!
//! `cargo run --release -p rumba-bench -- [--quick] [--only a,b] [--reps N] [--check]`

mod chart;
mod manifest;
mod measure;
mod report;
mod runtimes;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use clap::Parser;
use report::{median, Cell, Report, RunRecord};
use runtimes::Runtime;

#[derive(Parser)]
#[command(about = "Rumba's benchmarks beside CPython, PyPy, Numba, LuaJIT, Lua 5.4 and C")]
struct Args {
    /// Small sizes, one repetition: a smoke run.
    #[arg(long)]
    quick: bool,
    /// Only these programs (comma-separated).
    #[arg(long, value_delimiter = ',')]
    only: Vec<String>,
    /// Timed repetitions per runtime (after one warm-up).
    #[arg(long)]
    reps: Option<usize>,
    /// Checksums only, at the quick size, without rumba: do the twins agree?
    #[arg(long)]
    check: bool,
    /// Redraw the table and chart from a results.json, running nothing.
    #[arg(long, value_name = "RESULTS_JSON")]
    replot: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let root = root.canonicalize().unwrap_or(root);
    let programs_dir = root.join("benches/programs");
    let out_dir = root.join("target/bench");
    let c_dir = out_dir.join("c");
    if let Some(json) = &args.replot {
        return replot(json, &out_dir.join("chart.svg"));
    }
    if let Err(e) = std::fs::create_dir_all(&c_dir) {
        eprintln!("cannot create {}: {e}", c_dir.display());
        return ExitCode::FAILURE;
    }
    let mut programs = match manifest::read(&programs_dir) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    if !args.only.is_empty() {
        programs.retain(|p| args.only.contains(&p.name));
    }
    if !args.check {
        let built = Command::new("cargo")
            .args(["build", "--release", "-p", "rumba"])
            .current_dir(&root)
            .status();
        if !built.is_ok_and(|s| s.success()) {
            eprintln!("note: building rumba failed; it is reported as missing");
        }
    }
    let (mut runtimes, missing) = runtimes::discover(&root, !args.check);
    for m in &missing {
        eprintln!("skipping {m}");
    }
    if runtimes.iter().any(Runtime::is_c) {
        for p in &programs {
            let ok = Command::new("gcc")
                .args(["-O2", "-o"])
                .arg(c_dir.join(&p.name))
                .arg(programs_dir.join(format!("{}.c", p.name)))
                .arg("-lm")
                .status()
                .is_ok_and(|s| s.success());
            if !ok {
                eprintln!("note: {}.c does not compile", p.name);
            }
        }
    }
    let quick = args.quick || args.check;
    let reps = args.reps.unwrap_or(if quick { 1 } else { 5 });
    // CPython's output is the expected checksum, so it runs first; rumba's
    // columns lead the table.
    if !runtimes.iter().any(|r| r.name == "python3") {
        eprintln!("python3 is needed: its output is the expected checksum");
        return ExitCode::FAILURE;
    }
    runtimes.sort_by_key(|r| r.name != "python3");
    let mut report = run_all(
        &programs,
        &runtimes,
        missing,
        &programs_dir,
        &c_dir,
        quick,
        reps,
        args.check,
    );
    report.put_rumba_first();
    println!("{}", report.markdown());
    let bad = report
        .cells
        .iter()
        .flatten()
        .filter(|c| matches!(c, Cell::Mismatch { .. } | Cell::Failed { .. }))
        .count();
    if args.check {
        println!(
            "twins: {} passed, {bad} failed",
            report
                .cells
                .iter()
                .flatten()
                .filter(|c| matches!(c, Cell::Timed { .. }))
                .count()
        );
        return if bad == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE };
    }
    let json = out_dir.join("results.json");
    if let Err(e) = std::fs::write(&json, serde_json::to_string_pretty(&report).unwrap_or_default()) {
        eprintln!("cannot write {}: {e}", json.display());
    }
    let svg = out_dir.join("chart.svg");
    match chart::draw(&report, &svg) {
        Ok(()) => println!("\nWrote {} and {}", json.display(), svg.display()),
        Err(e) => eprintln!("no chart: {e}"),
    }
    ExitCode::SUCCESS
}

#[allow(clippy::too_many_arguments)]
fn run_all(
    programs: &[manifest::Program],
    runtimes: &[Runtime],
    missing: Vec<String>,
    dir: &Path,
    c_dir: &Path,
    quick: bool,
    reps: usize,
    check_only: bool,
) -> Report {
    let mut cells = Vec::new();
    let mut runs = Vec::new();
    for p in programs {
        let size = if quick { &p.quick } else { &p.full };
        eprintln!("{} ({size})", p.name);
        let mut expected: Option<String> = None;
        let mut row: Vec<Option<Cell>> = vec![None; runtimes.len()];
        let mut times: Vec<Vec<f64>> = vec![Vec::new(); runtimes.len()];
        let mut rss = vec![0i64; runtimes.len()];
        // A warm-up that also checks the output; then interleaved reps.
        for (r, rt) in runtimes.iter().enumerate() {
            if p.no_numba && rt.name == "python3+numba" {
                row[r] = Some(Cell::Skipped {
                    why: "nopython mode cannot compile it".into(),
                });
                continue;
            }
            match measure::run(rt.command(dir, c_dir, &p.name, size)) {
                Err(why) => row[r] = Some(Cell::Failed { why }),
                Ok(m) if !m.success => {
                    row[r] = Some(Cell::Failed {
                        why: "non-zero exit".into(),
                    })
                }
                Ok(m) => {
                    let want = expected.get_or_insert_with(|| m.stdout.clone());
                    if &m.stdout != want {
                        row[r] = Some(Cell::Mismatch { got: m.stdout });
                    } else if check_only {
                        row[r] = Some(Cell::Timed {
                            median_s: m.seconds,
                            max_rss_kib: m.max_rss_kib,
                        });
                    }
                }
            }
        }
        for rep in 0..if check_only { 0 } else { reps } {
            for (r, rt) in runtimes.iter().enumerate() {
                if row[r].is_some() {
                    continue;
                }
                match measure::run(rt.command(dir, c_dir, &p.name, size)) {
                    Ok(m) if m.success => {
                        times[r].push(m.seconds);
                        rss[r] = rss[r].max(m.max_rss_kib);
                        runs.push(RunRecord {
                            program: p.name.clone(),
                            runtime: rt.name.to_string(),
                            size: size.clone(),
                            rep,
                            seconds: m.seconds,
                            max_rss_kib: m.max_rss_kib,
                        });
                    }
                    _ => {
                        row[r] = Some(Cell::Failed {
                            why: format!("repetition {rep} failed"),
                        })
                    }
                }
            }
        }
        cells.push(
            row.into_iter()
                .enumerate()
                .map(|(r, c)| {
                    c.unwrap_or_else(|| Cell::Timed {
                        median_s: median(times[r].clone()),
                        max_rss_kib: rss[r],
                    })
                })
                .collect(),
        );
    }
    Report {
        size: if quick { "quick" } else { "full" }.to_string(),
        runtimes: runtimes.iter().map(|r| r.name.to_string()).collect(),
        programs: programs.iter().map(|p| p.name.clone()).collect(),
        cells,
        runs,
        missing,
    }
}

fn replot(json: &Path, svg: &Path) -> ExitCode {
    let report: Report = match std::fs::read_to_string(json)
        .map_err(|e| e.to_string())
        .and_then(|text| serde_json::from_str(&text).map_err(|e| e.to_string()))
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("cannot read {}: {e}", json.display());
            return ExitCode::FAILURE;
        }
    };
    println!("{}", report.markdown());
    match chart::draw(&report, svg) {
        Ok(()) => {
            println!("\nWrote {}", svg.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("no chart: {e}");
            ExitCode::FAILURE
        }
    }
}
