//! Runs every program in `tests/programs/` through the `rumba` command in
//! each execution mode and compares what it prints with what CPython 3.11
//! printed (`NAME.out`; for failing programs `NAME.err`: the exit status,
//! the traceback's `line N, in NAME` entries and its last line). Where
//! `NAME.stderr` exists (the `tb_*` programs), stderr must be CPython's
//! byte for byte: every frame's source line and markers, every chained
//! exception (the programs directory left out of the file names).
//!
//! Programs listed in `tests/known_failures.txt` (with the issue that will
//! fix them) still run: they are reported, and listed programs that now
//! pass are reported too, so the list only ever shrinks.
//!
//! Usage: `cargo test --release --test programs [-- FILTER]`.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The ways every program is run; all must print CPython's output.
const MODES: &[(&str, &[&str])] = &[
    ("no-jit", &["--no-jit"]),
    ("default", &[]),
    ("threshold-1", &["--jit-threshold", "1"]),
];

struct Expected {
    stdout: String,
    /// Exit status, traceback entries and last line, for failing programs.
    err: Option<Vec<String>>,
    /// All of stderr, for the programs whose tracebacks are compared whole.
    stderr: Option<String>,
}

fn expected(dir: &Path, name: &str) -> Expected {
    let stdout = std::fs::read_to_string(dir.join(format!("{name}.out"))).unwrap_or_default();
    let err = std::fs::read_to_string(dir.join(format!("{name}.err")))
        .ok()
        .map(|s| s.lines().map(str::to_string).collect());
    let stderr = std::fs::read_to_string(dir.join(format!("{name}.stderr"))).ok();
    Expected { stdout, err, stderr }
}

/// Stderr with the programs directory taken out of the paths
/// (`File "/…/tests/programs/tb_x.py"` reads `File "tb_x.py"`, an import
/// error names `(_mod_x.py)`), as `regen_expected.py` stores it.
fn without_dir(stderr: &str, dir: &Path) -> String {
    stderr.replace(&format!("{}/", dir.display()), "")
}

/// Reduces real stderr to the `.err` format: `exit N`, the `line N[, in F]`
/// of each `File` line, then the last non-empty line.
fn summarize_stderr(status: i32, stderr: &str) -> Vec<String> {
    let mut out = vec![format!("exit {status}")];
    for line in stderr.lines() {
        if let Some(rest) = line.strip_prefix("  File \"") {
            if let Some(end) = rest.find("\", ") {
                out.push(rest[end + 3..].to_string());
            }
        }
    }
    if let Some(last) = stderr.lines().rev().find(|l| !l.trim().is_empty()) {
        out.push(last.to_string());
    }
    out
}

fn check(bin: &Path, dir: &Path, name: &str, mode_args: &[&str]) -> Result<(), String> {
    let exp = expected(dir, name);
    let child = Command::new(bin)
        .args(mode_args)
        .arg(format!("{name}.py"))
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run rumba: {e}"))?;
    let output = wait_with_timeout(child)?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let status = output.status.code().unwrap_or(-1);
    let mut problems = Vec::new();
    if stdout != exp.stdout {
        problems.push(first_difference("stdout", &exp.stdout, &stdout));
    }
    if let Some(want) = &exp.stderr {
        let got = without_dir(&stderr, dir);
        if &got != want {
            problems.push(first_difference("stderr", want, &got));
        }
    }
    match &exp.err {
        None if status != 0 => problems.push(format!("exit status {status}, stderr:\n{stderr}")),
        None => {}
        Some(want) => {
            let got = summarize_stderr(status, &without_dir(&stderr, dir));
            if &got != want {
                problems.push(format!(
                    "stderr summary differs\n  want: {want:?}\n  got:  {got:?}\n  stderr:\n{stderr}"
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

fn first_difference(what: &str, want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    for i in 0..w.len().max(g.len()) {
        if w.get(i) != g.get(i) {
            return format!(
                "{what} differs at line {}\n  want: {:?}\n  got:  {:?}",
                i + 1,
                w.get(i).unwrap_or(&"<end>"),
                g.get(i).unwrap_or(&"<end>")
            );
        }
    }
    format!("{what} differs (trailing newline?)")
}

fn known_failures(root: &Path) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(root.join("tests/known_failures.txt")).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            l.split_once(char::is_whitespace)
                .map(|(n, why)| (n.to_string(), why.trim().to_string()))
        })
        .collect()
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    // As the programs see it (their working directory, links resolved).
    let dir = root
        .join("tests/programs")
        .canonicalize()
        .expect("tests/programs exists");
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_rumba"));
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/programs exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter_map(|f| f.strip_suffix(".py").map(str::to_string))
        // `_mod_*.py` are modules the programs import, not programs.
        .filter(|n| !n.starts_with('_'))
        .filter(|n| filter.as_ref().is_none_or(|f| n.contains(f.as_str())))
        .collect();
    names.sort();
    let known = known_failures(&root);

    let queue = Arc::new(Mutex::new(names.clone()));
    let results = Arc::new(Mutex::new(BTreeMap::new()));
    let workers: Vec<_> = (0..std::thread::available_parallelism().map_or(2, |n| n.get()))
        .map(|_| {
            let (queue, results, bin, dir) = (queue.clone(), results.clone(), bin.clone(), dir.clone());
            std::thread::spawn(move || loop {
                let Some(name) = queue.lock().unwrap().pop() else { break };
                let mut failures = Vec::new();
                for (mode, args) in MODES {
                    if let Err(why) = check(&bin, &dir, &name, args) {
                        failures.push(format!("[{mode}] {why}"));
                    }
                }
                results.lock().unwrap().insert(name, failures);
            })
        })
        .collect();
    for w in workers {
        w.join().expect("worker thread");
    }

    let results = results.lock().unwrap();
    let (mut passed, mut failed, mut expected_failures) = (0, 0, 0);
    let mut fixed = Vec::new();
    for (name, failures) in results.iter() {
        match (failures.is_empty(), known.get(name)) {
            (true, None) => passed += 1,
            (true, Some(_)) => {
                passed += 1;
                fixed.push(name.clone());
            }
            (false, Some(why)) => {
                expected_failures += 1;
                println!("known failure {name}: {why}");
            }
            (false, None) => {
                failed += 1;
                println!("FAIL {name}\n{}\n", failures.join("\n"));
            }
        }
    }
    for name in &fixed {
        println!("FIXED {name}: it passes now; remove it from tests/known_failures.txt");
    }
    let failed = failed + fixed.len();
    println!("programs: {passed} passed, {failed} failed, {expected_failures} skipped");
    if failed > 0 {
        std::process::exit(1);
    }
}

/// No corpus program needs more than a few seconds; one that runs past
/// this hangs (a JIT bug looping in native code, say) and fails instead of
/// stalling the suite.
const RUN_LIMIT: Duration = Duration::from_secs(60);

fn wait_with_timeout(mut child: Child) -> Result<Output, String> {
    // Read the pipes on threads so a chatty program cannot block on them.
    let mut out = child.stdout.take().expect("piped stdout");
    let mut err = child.stderr.take().expect("piped stderr");
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out.read_to_end(&mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err.read_to_end(&mut buf);
        buf
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait().map_err(|e| e.to_string())? {
            Some(status) => break status,
            None if started.elapsed() > RUN_LIMIT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("still running after {} s: killed", RUN_LIMIT.as_secs()));
            }
            None => std::thread::sleep(Duration::from_millis(5)),
        }
    };
    Ok(Output {
        status,
        stdout: out_reader.join().unwrap_or_default(),
        stderr: err_reader.join().unwrap_or_default(),
    })
}
