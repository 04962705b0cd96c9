//! The runtimes a program can run under, found on this machine.

use std::path::{Path, PathBuf};
use std::process::Command;

/// How to run one program under one runtime.
#[derive(Clone)]
pub struct Runtime {
    pub name: &'static str,
    /// The program file's extension this runtime runs.
    kind: Kind,
    command: Vec<String>,
    env: Vec<(String, String)>,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Python,
    Lua,
    C,
}

impl Runtime {
    /// The command line for a program at a size.
    pub fn command(&self, programs: &Path, c_dir: &Path, name: &str, size: &str) -> Command {
        let (program, args): (String, Vec<String>) = match self.kind {
            Kind::Python => (
                self.command[0].clone(),
                [&self.command[1..], &[format!("{name}.py")]].concat(),
            ),
            Kind::Lua => (self.command[0].clone(), vec![format!("{name}.lua")]),
            Kind::C => (c_dir.join(name).to_string_lossy().into_owned(), Vec::new()),
        };
        let mut cmd = Command::new(program);
        cmd.args(args).arg(size).current_dir(programs);
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        cmd
    }

    pub fn is_c(&self) -> bool {
        self.kind == Kind::C
    }
}

fn on_path(tool: &str) -> bool {
    Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {tool}"))
        .output()
        .is_ok_and(|o| o.status.success())
}

fn python_has_numba(python: &str) -> bool {
    Command::new(python)
        .args(["-c", "import numba"])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Every runtime found, and a note for each one missing.
pub fn discover(root: &Path, include_rumba: bool) -> (Vec<Runtime>, Vec<String>) {
    let stub = root.join("tests/pystub").to_string_lossy().into_owned();
    let rumba = root.join("target/release/rumba").to_string_lossy().into_owned();
    let with_stub = vec![("PYTHONPATH".to_string(), stub)];
    let mut found = Vec::new();
    let mut missing = Vec::new();
    if include_rumba {
        let exists = PathBuf::from(&rumba).exists();
        if exists {
            found.push(Runtime {
                name: "rumba",
                kind: Kind::Python,
                command: vec![rumba.clone()],
                env: vec![],
            });
            found.push(Runtime {
                name: "rumba --no-jit",
                kind: Kind::Python,
                command: vec![rumba, "--no-jit".into()],
                env: vec![],
            });
        } else {
            missing.push("rumba: not built (cargo build --release)".to_string());
        }
    }
    let mut python = |name: &'static str, exe: &str, numba: bool, install: &str| {
        if !on_path(exe) {
            missing.push(format!("{name}: not found ({install})"));
        } else if numba && !python_has_numba(exe) {
            missing.push(format!("{name}: numba is not importable (pip install numba)"));
        } else {
            let env = if numba { vec![] } else { with_stub.clone() };
            found.push(Runtime {
                name,
                kind: Kind::Python,
                command: vec![exe.to_string()],
                env,
            });
        }
    };
    python("python3", "python3", false, "Debian package python3");
    python("pypy3", "pypy3", false, "apt-get install pypy3");
    python("python3+numba", "python3", true, "pip install numba");
    for (name, exe) in [("luajit", "luajit"), ("lua5.4", "lua5.4")] {
        if on_path(exe) {
            found.push(Runtime {
                name,
                kind: Kind::Lua,
                command: vec![exe.to_string()],
                env: vec![],
            });
        } else {
            missing.push(format!("{name}: not found (apt-get install {exe})"));
        }
    }
    if on_path("gcc") {
        found.push(Runtime {
            name: "C -O2",
            kind: Kind::C,
            command: vec![],
            env: vec![],
        });
    } else {
        missing.push("C: gcc not found (apt-get install gcc)".to_string());
    }
    (found, missing)
}
