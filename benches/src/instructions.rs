//! `--instructions`: machine instructions per unit of a program's work
//! (an inner-loop iteration, a simulation step), counted by valgrind's
//! cachegrind at two sizes and differenced, so start-up, compilation and
//! warm-up cancel out. Counts are deterministic, unlike times on a shared
//! machine: this is how the JIT's code is compared with LuaJIT's, PyPy's
//! and gcc's.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::manifest::{PerUnit, Program};
use crate::measure;
use crate::runtimes::{Kind, Runtime};

/// The runtimes measured unless `--runtimes` says otherwise: the compiled
/// ones (an interpreter under valgrind takes minutes per program).
pub const DEFAULT: [&str; 4] = ["rumba", "pypy3", "luajit", "C -O2"];

/// One program's counts: per runtime, instructions per unit or why none.
pub struct Row {
    pub program: String,
    pub unit: String,
    pub counts: Vec<Result<f64, String>>,
}

pub fn on_path() -> bool {
    Command::new("sh")
        .args(["-c", "command -v valgrind"])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Instructions a command executes, from cachegrind's summary line.
fn instructions(run: &Command, limit: Duration) -> Result<u64, String> {
    let mut cmd = Command::new("valgrind");
    cmd.args(["--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"])
        .arg(run.get_program())
        .args(run.get_args());
    if let Some(dir) = run.get_current_dir() {
        cmd.current_dir(dir);
    }
    for (k, v) in run.get_envs() {
        match v {
            Some(v) => cmd.env(k, v),
            None => cmd.env_remove(k),
        };
    }
    let m = measure::run(cmd, limit)?;
    if !m.success() {
        return Err(m.failure());
    }
    m.stderr
        .lines()
        .find_map(|l| {
            // `==123== I   refs:      1,234,567`
            let (head, count) = l.split_once("refs:")?;
            if !head.trim_end().ends_with('I') {
                return None;
            }
            count.trim().replace(',', "").parse::<u64>().ok()
        })
        .ok_or_else(|| "no instruction count in valgrind's output".to_string())
}

fn per_unit(
    rt: &Runtime,
    per: &PerUnit,
    programs: &Path,
    c_dir: &Path,
    name: &str,
    limit: Duration,
) -> Result<f64, String> {
    let [small, large] = per.sizes;
    let [w_small, w_large] = per.work;
    let a = instructions(&rt.command(programs, c_dir, name, small), limit)?;
    let b = instructions(&rt.command(programs, c_dir, name, large), limit)?;
    Ok((b as f64 - a as f64) / (w_large - w_small) as f64)
}

pub fn measure(
    programs: &[Program],
    runtimes: &[Runtime],
    programs_dir: &Path,
    c_dir: &Path,
    c_built: &std::collections::HashSet<String>,
    limit: Duration,
) -> Vec<Row> {
    let mut rows = Vec::new();
    for p in programs {
        let Some(per) = &p.per_unit else { continue };
        let counts = runtimes
            .iter()
            .map(|rt| {
                if rt.kind() != Kind::Python && p.no_twins.is_some() {
                    return Err("no twin".to_string());
                }
                if rt.kind() == Kind::C && !c_built.contains(&p.name) {
                    return Err("C twin did not compile".to_string());
                }
                eprintln!("counting {} under {}", p.name, rt.name);
                per_unit(rt, per, programs_dir, c_dir, &p.name, limit)
            })
            .collect();
        rows.push(Row {
            program: p.name.clone(),
            unit: per.unit.clone(),
            counts,
        });
    }
    rows
}

/// The table: instructions per unit, and each runtime's count over
/// LuaJIT's where LuaJIT was measured.
pub fn markdown(rows: &[Row], runtimes: &[Runtime]) -> String {
    let luajit = runtimes.iter().position(|r| r.name == "luajit");
    let mut out = String::from("| program | per |");
    for rt in runtimes {
        out.push_str(&format!(" {} |", rt.name));
    }
    if luajit.is_some() {
        out.push_str(" rumba / LuaJIT |");
    }
    out.push_str("\n|---|---|");
    for _ in runtimes {
        out.push_str("---:|");
    }
    if luajit.is_some() {
        out.push_str("---:|");
    }
    out.push('\n');
    let mut notes = Vec::new();
    for row in rows {
        out.push_str(&format!("| {} | {} |", row.program, row.unit));
        for (rt, c) in runtimes.iter().zip(&row.counts) {
            match c {
                Ok(v) => out.push_str(&format!(" {} |", fmt(*v))),
                Err(e) => {
                    out.push_str(" - |");
                    notes.push(format!("{} under {}: {e}", row.program, rt.name));
                }
            }
        }
        if let Some(l) = luajit {
            let rumba = runtimes.iter().position(|r| r.name == "rumba");
            match (rumba.map(|k| &row.counts[k]), &row.counts[l]) {
                (Some(Ok(r)), Ok(l)) if *l > 0.0 => out.push_str(&format!(" {:.2}x |", r / l)),
                _ => out.push_str(" - |"),
            }
        }
        out.push('\n');
    }
    for n in notes {
        out.push_str(&format!("\n{n}"));
    }
    out
}

fn fmt(v: f64) -> String {
    if v >= 100.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}
