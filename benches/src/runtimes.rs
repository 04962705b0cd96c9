//! The runtimes a program can run under, and which of them this machine has.

use std::path::{Path, PathBuf};
use std::process::Command;

/// How to run one program under one runtime.
pub struct Runtime {
    pub name: &'static str,
    kind: Kind,
    /// The interpreter and its options (empty for C, whose program is the
    /// compiled twin itself).
    argv: Vec<String>,
    env: Vec<(&'static str, String)>,
}

/// Which twin of a program the runtime runs.
#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    Python,
    Lua,
    C,
}

pub const NUMBA: &str = "python3+numba";

impl Runtime {
    pub fn kind(&self) -> Kind {
        self.kind
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

/// Every runtime found, in table order, and a note for each one missing
/// that says how to install it.
pub fn discover(root: &Path, with_rumba: bool) -> (Vec<Runtime>, Vec<String>) {
    // CPython and PyPy import the identity stand-in for `numba`, so the
    // programs' `@njit` is a no-op there; real Numba gets no stand-in.
    let stub = root.join("benches/pystub").to_string_lossy().into_owned();
    let mut found = Vec::new();
    let mut missing = Vec::new();
    if with_rumba {
        let exe: PathBuf = root.join("target/release/rumba");
        if exe.exists() {
            let exe = exe.to_string_lossy().into_owned();
            for (name, extra) in [("rumba", None), ("rumba --no-jit", Some("--no-jit"))] {
                found.push(Runtime {
                    name,
                    kind: Kind::Python,
                    argv: std::iter::once(exe.clone()).chain(extra.map(String::from)).collect(),
                    env: vec![],
                });
            }
        } else {
            missing.push("rumba: target/release/rumba was not built (cargo build --release -p rumba)".to_string());
        }
    }
    for (name, exe, install) in [
        ("python3", "python3", "Debian package python3"),
        ("pypy3", "pypy3", "apt-get install pypy3"),
    ] {
        if on_path(exe) {
            found.push(Runtime {
                name,
                kind: Kind::Python,
                argv: vec![exe.to_string()],
                env: vec![("PYTHONPATH", stub.clone())],
            });
        } else {
            missing.push(format!("{name}: not found ({install})"));
        }
    }
    if on_path("python3") && imports_numba("python3") {
        found.push(Runtime {
            name: NUMBA,
            kind: Kind::Python,
            argv: vec!["python3".to_string()],
            env: vec![],
        });
    } else {
        missing.push(format!(
            "{NUMBA}: `python3 -c \"import numba\"` fails (pip install numba)"
        ));
    }
    for exe in ["luajit", "lua5.4"] {
        if on_path(exe) {
            found.push(Runtime {
                name: exe,
                kind: Kind::Lua,
                argv: vec![exe.to_string()],
                env: vec![],
            });
        } else {
            missing.push(format!("{exe}: not found (apt-get install {exe})"));
        }
    }
    if on_path("gcc") {
        found.push(Runtime {
            name: "C -O2",
            kind: Kind::C,
            argv: vec![],
            env: vec![],
        });
    } else {
        missing.push("C -O2: gcc not found (apt-get install gcc)".to_string());
    }
    (found, missing)
}
