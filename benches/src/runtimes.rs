//! The runtimes a program can run under, and which of them this machine has.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::gc_stats;

/// How to run one program under one runtime.
pub struct Runtime {
    pub name: &'static str,
    kind: Kind,
    /// The interpreter and its options (empty for C, whose program is the
    /// compiled twin itself).
    argv: Vec<String>,
    env: Vec<(&'static str, String)>,
    /// Prints rumba's `gc-stats:` line on stderr at exit (see `gc_stats`).
    reports_gc: bool,
}

/// Which twin of a program the runtime runs.
#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    Python,
    Lua,
    C,
}

pub const NUMBA: &str = "python3+numba";

/// Every runtime the harness knows, in table order (the chart's colours
/// follow this order too, so a runtime keeps its colour in any selection).
pub const ALL: [&str; 8] = [
    "rumba",
    "rumba --no-jit",
    "python3",
    "pypy3",
    NUMBA,
    "luajit",
    "lua5.4",
    "C -O2",
];

/// Short spellings for `--runtimes`, beside the names themselves: ones
/// without spaces, so they need no quoting in a shell.
const ALIASES: [(&str, &str); 12] = [
    ("rumba-nojit", "rumba --no-jit"),
    ("rumba-no-jit", "rumba --no-jit"),
    ("nojit", "rumba --no-jit"),
    ("cpython", "python3"),
    ("python", "python3"),
    ("pypy", "pypy3"),
    ("numba", NUMBA),
    ("lua", "lua5.4"),
    ("lua54", "lua5.4"),
    ("c", "C -O2"),
    ("c-o2", "C -O2"),
    ("gcc", "C -O2"),
];

/// The runtime a `--runtimes` entry names: its table name or an alias, in
/// any case; an error listing the valid names otherwise.
pub fn resolve(name: &str) -> Result<&'static str, String> {
    let wanted = name.trim();
    ALL.iter()
        .copied()
        .find(|n| n.eq_ignore_ascii_case(wanted))
        .or_else(|| {
            ALIASES
                .iter()
                .find(|(alias, _)| alias.eq_ignore_ascii_case(wanted))
                .map(|&(_, n)| n)
        })
        .ok_or_else(|| {
            let names: Vec<String> = ALL
                .iter()
                .map(|n| {
                    let aliases: Vec<&str> = ALIASES.iter().filter(|(_, m)| m == n).map(|(a, _)| *a).collect();
                    if aliases.is_empty() {
                        format!("{n:?}")
                    } else {
                        format!("{n:?} (or {})", aliases.join(", "))
                    }
                })
                .collect();
            format!("no runtime {name:?}; the runtimes are {}", names.join(", "))
        })
}

impl Runtime {
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// Whether a run's stderr carries the collector's counters.
    pub fn reports_gc(&self) -> bool {
        self.reports_gc
    }

    /// The command line for program `name` at size `arg`. Programs run from
    /// their own directory, so `sys.argv[0]` and `arg[0]` are short.
    pub fn command(&self, programs: &Path, c_dir: &Path, name: &str, arg: u64) -> Command {
        let mut cmd = match self.kind {
            Kind::Python | Kind::Lua => {
                let ext = if self.kind == Kind::Python { "py" } else { "lua" };
                let mut cmd = Command::new(&self.argv[0]);
                cmd.args(&self.argv[1..]).arg(format!("{name}.{ext}"));
                cmd
            }
            Kind::C => Command::new(c_dir.join(name)),
        };
        cmd.arg(arg.to_string()).current_dir(programs);
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        cmd
    }
}

fn on_path(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

fn imports_numba(python: &str) -> bool {
    Command::new(python)
        .args(["-c", "import numba"])
        .env_remove("PYTHONPATH")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Every runtime found among those `want` accepts (by name), in table
/// order, and a note for each wanted one missing that says how to install it.
pub fn discover(root: &Path, want: impl Fn(&str) -> bool) -> (Vec<Runtime>, Vec<String>) {
    // CPython and PyPy import the identity stand-in for `numba`, so the
    // programs' `@njit` is a no-op there; real Numba gets no stand-in.
    let stub = root.join("benches/pystub").to_string_lossy().into_owned();
    let mut found = Vec::new();
    let mut missing = Vec::new();
    let exe: PathBuf = root.join("target/release/rumba");
    for (name, extra) in [("rumba", None), ("rumba --no-jit", Some("--no-jit"))] {
        if !want(name) {
            continue;
        }
        if exe.exists() {
            found.push(Runtime {
                name,
                kind: Kind::Python,
                // Both rumba runtimes report their collections: the flag
                // only prints counters the collector always keeps, so the
                // timed runs are the GC measurements too.
                argv: std::iter::once(exe.to_string_lossy().into_owned())
                    .chain(extra.map(String::from))
                    .chain(std::iter::once(gc_stats::FLAG.to_string()))
                    .collect(),
                env: vec![],
                reports_gc: true,
            });
        } else {
            missing.push(format!(
                "{name}: target/release/rumba was not built (cargo build --release -p rumba)"
            ));
        }
    }
    for (name, exe, install) in [
        ("python3", "python3", "Debian package python3"),
        ("pypy3", "pypy3", "apt-get install pypy3"),
    ] {
        if !want(name) {
            continue;
        }
        if on_path(exe) {
            found.push(Runtime {
                name,
                kind: Kind::Python,
                argv: vec![exe.to_string()],
                env: vec![("PYTHONPATH", stub.clone())],
                reports_gc: false,
            });
        } else {
            missing.push(format!("{name}: not found ({install})"));
        }
    }
    // Not probed unless wanted: importing Numba takes a second or two.
    if want(NUMBA) {
        if on_path("python3") && imports_numba("python3") {
            found.push(Runtime {
                name: NUMBA,
                kind: Kind::Python,
                argv: vec!["python3".to_string()],
                env: vec![],
                reports_gc: false,
            });
        } else {
            missing.push(format!(
                "{NUMBA}: `python3 -c \"import numba\"` fails (pip install numba)"
            ));
        }
    }
    for exe in ["luajit", "lua5.4"] {
        if !want(exe) {
            continue;
        }
        if on_path(exe) {
            found.push(Runtime {
                name: exe,
                kind: Kind::Lua,
                argv: vec![exe.to_string()],
                env: vec![],
                reports_gc: false,
            });
        } else {
            missing.push(format!("{exe}: not found (apt-get install {exe})"));
        }
    }
    if want("C -O2") {
        if on_path("gcc") {
            found.push(Runtime {
                name: "C -O2",
                kind: Kind::C,
                argv: vec![],
                env: vec![],
                reports_gc: false,
            });
        } else {
            missing.push("C -O2: gcc not found (apt-get install gcc)".to_string());
        }
    }
    (found, missing)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runtimes_are_named_as_in_the_table_or_by_an_alias() {
        assert_eq!(resolve("rumba --no-jit"), Ok("rumba --no-jit"));
        assert_eq!(resolve("rumba-nojit"), Ok("rumba --no-jit"));
        assert_eq!(resolve("PyPy3"), Ok("pypy3"));
        assert_eq!(resolve("c"), Ok("C -O2"));
        assert_eq!(resolve("C -O2"), Ok("C -O2"));
        assert_eq!(resolve("rumba"), Ok("rumba"));
        let err = resolve("jython").unwrap_err();
        assert!(
            err.contains("\"jython\"") && err.contains("\"lua5.4\"") && err.contains("\"C -O2\""),
            "{err}"
        );
    }

    #[test]
    fn every_alias_names_a_runtime() {
        for (alias, name) in ALIASES {
            assert!(ALL.contains(&name), "{alias} -> {name}");
            assert!(
                !ALL.iter().any(|n| n.eq_ignore_ascii_case(alias)),
                "{alias} shadows a name"
            );
        }
    }
}
