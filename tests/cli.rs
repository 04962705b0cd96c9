//! The `rumba` command's contract (DESIGN.md): options, exit statuses,
//! error reports, the prompt.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn rumba(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rumba"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("rumba runs");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn runs_a_string_and_passes_arguments() {
    let out = rumba(&["-c", "import sys\nprint(sys.argv)", "a", "--b"], "");
    assert_eq!(text(&out.stdout), "['-c', 'a', '--b']\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn exit_statuses_follow_the_contract() {
    assert_eq!(rumba(&["-c", "1/0"], "").status.code(), Some(1));
    assert_eq!(rumba(&["-c", "x ="], "").status.code(), Some(1));
    assert_eq!(
        rumba(&["--jit-threshold", "0", "-c", "pass"], "").status.code(),
        Some(2)
    );
    assert_eq!(rumba(&["--no-such-option"], "").status.code(), Some(2));
    assert_eq!(rumba(&["-c", "import sys\nsys.exit(7)"], "").status.code(), Some(7));
    let out = rumba(&["-c", "import sys\nsys.exit('bye')"], "");
    assert_eq!((out.status.code(), text(&out.stderr)), (Some(1), "bye\n".to_string()));
}

#[test]
fn errors_print_cpython_shaped_reports() {
    let out = rumba(&["-c", "def f():\n    return [][1]\nprint('out')\nf()"], "");
    assert_eq!(text(&out.stdout), "out\n");
    assert_eq!(
        text(&out.stderr),
        "Traceback (most recent call last):\n  File \"<string>\", line 4, in <module>\n  File \"<string>\", line 2, in f\nIndexError: list index out of range\n"
    );
    let out = rumba(&["-c", "if x\n    pass"], "");
    assert_eq!(
        text(&out.stderr),
        "  File \"<string>\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n"
    );
}

#[test]
fn jit_stats_prints_one_line() {
    let out = rumba(&["--jit-stats", "-c", "print(1)"], "");
    let stderr = text(&out.stderr);
    let line = stderr.lines().last().unwrap();
    assert!(line.starts_with("jit-stats: traces="), "{line}");
    assert!(line.contains(" side_traces=") && line.contains(" aborts=") && line.contains(" exits="));
}

#[test]
fn dis_lists_bytecode_like_python() {
    let out = rumba(&["--dis", "-c", "x = 1\nfor i in range(3):\n    x = x * 2"], "");
    let listing = text(&out.stdout);
    assert!(listing.contains("LOAD_CONST"), "{listing}");
    assert!(listing.contains("FOR_ITER"), "{listing}");
    assert!(listing.contains("(x)"), "{listing}");
    assert!(listing.contains(">>"), "jump targets are marked:\n{listing}");
    assert!(text(&out.stderr).is_empty());
}

#[test]
fn the_prompt_echoes_values_and_survives_errors() {
    let session = "x = 3\nx * 2\ndef f(a):\n    return a + 1\n\nf(x)\n1/0\n'still here'\nNone\n";
    let out = rumba(&[], session);
    let stdout = text(&out.stdout);
    assert!(stdout.contains("6\n4\n'still here'\n"), "{stdout}");
    assert!(text(&out.stderr).contains("ZeroDivisionError: division by zero"));
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn bundled_example_runs() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/primes.py");
    let out = rumba(&[path, "100"], "");
    assert!(
        text(&out.stdout).starts_with("25 primes below 100"),
        "{}",
        text(&out.stdout)
    );
}
