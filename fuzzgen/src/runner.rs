//! Runs a program under python3 and the `rumba` command and compares what
//! they print, the way `tests/programs.rs` does: stdout byte for byte;
//! for failures the exit status, the traceback's `line N, in F` entries
//! and the last line of stderr.

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// Longest any one run may take; the generated programs end in well under
/// a second, so a run this long is a hang.
const TIME_LIMIT: Duration = Duration::from_secs(30);

/// The modes every program runs in, as in `tests/programs.rs`.
const MODES: [&[&str]; 3] = [&["--no-jit"], &[], &["--jit-threshold", "1"]];

pub struct Runner {
    rumba: PathBuf,
    python: PathBuf,
    dir: PathBuf,
}

/// One finished run.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Run {
    /// None: killed by a signal or after `TIME_LIMIT`.
    status: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    fn last_line(&self) -> &str {
        self.stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("")
    }

    /// The exit status, the traceback's entries and the last line.
    fn summary(&self) -> Vec<String> {
        let mut out = vec![format!("exit {:?}", self.status)];
        for line in self.stderr.lines() {
            if let Some(rest) = line.strip_prefix("  File \"") {
                if let Some(end) = rest.find("\", ") {
                    out.push(rest[end + 3..].to_string());
                }
            }
        }
        out.push(self.last_line().to_string());
        out
    }
}

/// A program that agreed, and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Agreed,
    /// CPython itself took too long (or was killed): nothing to compare.
    CpythonGaveUp,
    /// Both refused the program with the same syntax error (the older
    /// generators sometimes write one).
    BothRejected,
}

#[derive(Default)]
pub struct Tally {
    agreed: u64,
    gave_up: u64,
    rejected: u64,
}

impl Tally {
    pub fn add(&mut self, verdict: Verdict) {
        match verdict {
            Verdict::Agreed => self.agreed += 1,
            Verdict::CpythonGaveUp => self.gave_up += 1,
            Verdict::BothRejected => self.rejected += 1,
        }
    }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} agreed, {} rejected by both as syntax errors, {} skipped (python3 timed out)",
            self.agreed, self.rejected, self.gave_up
        )
    }
}

/// What kind of difference: the reducer keeps a program showing the same
/// kind, so it does not wander off to another bug (or to an invalid
/// program that differs trivially).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// Rumba's modes disagree with each other.
    Modes,
    /// Rumba's stdout differs from CPython's.
    Stdout,
    /// The exit status, traceback or error line differs.
    Outcome,
}

#[derive(Clone, Debug)]
pub struct Difference {
    class: Class,
    detail: String,
}

impl Difference {
    pub fn class(&self) -> Class {
        self.class
    }
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.class, self.detail)
    }
}

impl Runner {
    pub fn new(rumba: PathBuf, python: PathBuf) -> Runner {
        let dir = std::env::temp_dir().join(format!("rumba-fuzzgen-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temporary directory");
        Runner { rumba, python, dir }
    }

    /// The program under python3 and rumba's three modes.
    pub fn against_cpython(&self, source: &str) -> Result<Verdict, Difference> {
        let path = self.write(source);
        let py = self.run(&self.python, &[], &path);
        if py.status.is_none() {
            return Ok(Verdict::CpythonGaveUp);
        }
        let runs: Vec<Run> = MODES
            .iter()
            .map(|mode| {
                let mut args = mode.to_vec();
                args.extend(["--timeout", "30"]);
                self.run(&self.rumba, &args, &path)
            })
            .collect();
        modes_agree(&runs, &["--no-jit", "default", "--jit-threshold 1"])?;
        let ours = &runs[0];
        if is_syntax_error(py.last_line()) {
            if ours.summary() == py.summary() {
                return Ok(Verdict::BothRejected);
            }
            return Err(Difference {
                class: Class::Outcome,
                detail: format!("python3 refuses it: {:?}, rumba {:?}", py.summary(), ours.summary()),
            });
        }
        if ours.stdout != py.stdout {
            return Err(Difference {
                class: Class::Stdout,
                detail: first_difference(&py.stdout, &ours.stdout),
            });
        }
        if ours.summary() != py.summary() {
            return Err(Difference {
                class: Class::Outcome,
                detail: format!("python3 {:?}, rumba {:?}", py.summary(), ours.summary()),
            });
        }
        Ok(Verdict::Agreed)
    }

    /// The program with the JIT off and at `threshold`, under `budget`.
    pub fn jit_against_interpreter(
        &self,
        source: &str,
        budget: Option<u64>,
        threshold: u32,
    ) -> Result<Verdict, Difference> {
        let path = self.write(source);
        let budget = budget.map(|b| b.to_string());
        let threshold = threshold.to_string();
        let runs: Vec<Run> = [vec!["--no-jit"], vec!["--jit-threshold", &threshold]]
            .into_iter()
            .map(|mut args| {
                if let Some(b) = &budget {
                    args.extend(["--budget", b]);
                }
                args.extend(["--timeout", "30"]);
                self.run(&self.rumba, &args, &path)
            })
            .collect();
        if is_syntax_error(runs[0].last_line()) {
            return Ok(Verdict::BothRejected);
        }
        modes_agree(&runs, &["--no-jit", &format!("--jit-threshold {threshold}")])?;
        Ok(Verdict::Agreed)
    }

    fn write(&self, source: &str) -> PathBuf {
        let path = self.dir.join("case.py");
        std::fs::write(&path, source).expect("the temporary directory is writable");
        path
    }

    /// Runs `program args script` in the temporary directory (so paths in
    /// tracebacks are the same for every interpreter).
    fn run(&self, program: &Path, args: &[&str], script: &Path) -> Run {
        let child = Command::new(program)
            .args(args)
            .arg(script.file_name().expect("a file name"))
            .current_dir(&self.dir)
            .env("PYTHONHASHSEED", "0")
            .env("PYTHONIOENCODING", "utf-8")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn();
        let child = match child {
            Ok(c) => c,
            Err(e) => panic!("cannot run {}: {e}", program.display()),
        };
        let pid = child.id();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(child.wait_with_output());
        });
        match rx.recv_timeout(TIME_LIMIT) {
            Ok(Ok(out)) => Run {
                status: out.status.code(),
                stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
                stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            },
            _ => {
                // The child is ours and still running: end it by its id.
                let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
                Run {
                    status: None,
                    stdout: String::new(),
                    stderr: format!("timed out after {TIME_LIMIT:?}"),
                }
            }
        }
    }
}

impl Drop for Runner {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn is_syntax_error(last_line: &str) -> bool {
    ["SyntaxError", "IndentationError", "TabError"]
        .iter()
        .any(|k| last_line.starts_with(k))
}

fn modes_agree(runs: &[Run], names: &[&str]) -> Result<(), Difference> {
    for (run, name) in runs.iter().zip(names).skip(1) {
        if run != &runs[0] {
            let detail = if run.stdout != runs[0].stdout {
                first_difference(&runs[0].stdout, &run.stdout)
            } else {
                format!("stderr/status {:?} / {:?}", runs[0].summary(), run.summary())
            };
            return Err(Difference {
                class: Class::Modes,
                detail: format!("{} and {name} disagree: {detail}", names[0]),
            });
        }
    }
    Ok(())
}

/// The first line where two outputs differ, as "line N: want / got".
fn first_difference(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    for i in 0..w.len().max(g.len()) {
        if w.get(i) != g.get(i) {
            return format!(
                "stdout line {}: expected {:?}, got {:?}",
                i + 1,
                w.get(i).unwrap_or(&"<end>"),
                g.get(i).unwrap_or(&"<end>")
            );
        }
    }
    "stdout differs (a trailing newline)".to_string()
}
