//! The `rumba` command's contract (DESIGN.md): options, exit statuses,
//! error reports, the prompt.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn rumba(args: &[&str], stdin: &str) -> Output {
    rumba_in(None, args, stdin)
}

/// `rumba` run in directory `dir` (the test's own by default).
fn rumba_in(dir: Option<&std::path::Path>, args: &[&str], stdin: &str) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_rumba"));
    if let Some(dir) = dir {
        command.current_dir(dir);
    }
    let mut child = command
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
fn sys_exit_statuses_are_taken_modulo_256_as_in_cpython() {
    for (code, status) in [
        ("300", 44),
        ("-1", 255),
        ("256", 0),
        ("True", 1),
        ("None", 0),
        ("2**40 + 3", 3),
    ] {
        let out = rumba(&["-c", &format!("import sys\nsys.exit({code})")], "");
        assert_eq!(out.status.code(), Some(status), "sys.exit({code})");
        assert_eq!(text(&out.stderr), "", "sys.exit({code})");
    }
    let out = rumba(&["-c", "import sys\nsys.exit([1, 'a'])"], "");
    assert_eq!(
        (out.status.code(), text(&out.stderr)),
        (Some(1), "[1, 'a']\n".to_string())
    );
}

#[test]
fn piped_stdin_runs_as_one_script_named_stdin() {
    let script = "print('out')\ndef f():\n    return 1/0\nif True:\n    f()";
    let out = rumba(&[], script);
    assert_eq!(text(&out.stdout), "out\n");
    assert_eq!(
        text(&out.stderr),
        "Traceback (most recent call last):\n  File \"<stdin>\", line 5, in <module>\n  File \"<stdin>\", line 3, in f\nZeroDivisionError: division by zero\n"
    );
    assert_eq!(out.status.code(), Some(1));
    // An indented block at the very end runs (no blank line needed).
    let out = rumba(&[], "for i in range(2):\n    print(i)");
    assert_eq!((text(&out.stdout), out.status.code()), ("0\n1\n".to_string(), Some(0)));
    let out = rumba(&[], "x = (\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).starts_with("  File \"<stdin>\", line 1\n"),
        "{}",
        text(&out.stderr)
    );
    let out = rumba(&[], "import sys\nsys.exit(3)\n");
    assert_eq!(out.status.code(), Some(3));
}

#[test]
fn a_dash_names_stdin_and_passes_arguments() {
    let out = rumba(&["-", "a", "--b"], "import sys\nprint(sys.argv)");
    assert_eq!(text(&out.stdout), "['-', 'a', '--b']\n");
    let out = rumba(&[], "import sys\nprint(sys.argv)");
    assert_eq!(text(&out.stdout), "['']\n");
    let out = rumba(&["--no-jit", "-"], "print(1 +)");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).ends_with("SyntaxError: invalid syntax\n"),
        "{}",
        text(&out.stderr)
    );
}

/// The last line of a run's stderr, and its exit status.
fn stopped(args: &[&str], code: &str) -> (String, Option<i32>) {
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["-c", code]);
    let out = rumba(&all, "");
    let stderr = text(&out.stderr);
    (stderr.lines().last().unwrap_or("").to_string(), out.status.code())
}

#[test]
fn bounds_stop_a_run_with_a_one_line_reason() {
    let spin = "while True:\n    pass";
    for mode in [&["--no-jit"][..], &[], &["--jit-threshold", "1"]] {
        let mut args = mode.to_vec();
        args.extend(["--budget", "5000"]);
        assert_eq!(
            stopped(&args, spin),
            (
                "RuntimeError: execution budget exhausted (--budget 5000 ticks)".to_string(),
                Some(1)
            )
        );
    }
    let grow = "x = []\nwhile True:\n    x.append('y' * 1000)";
    assert_eq!(
        stopped(&["--max-heap", "512K"], grow),
        (
            "MemoryError: heap limit exceeded (--max-heap 512K)".to_string(),
            Some(1)
        )
    );
    let out = rumba(&["--max-heap", "16M", "-c", "x = [0] * (2 * 1024 * 1024)"], "");
    assert_eq!(out.status.code(), Some(1), "32 MB of list under 16M");
    let out = rumba(&["--max-heap", "64m", "-c", "x = [0] * (2 * 1024 * 1024)"], "");
    assert_eq!(out.status.code(), Some(0), "the same under 64m: {}", text(&out.stderr));
    let recurse = "def f(n):\n    return f(n + 1)\nf(0)";
    assert_eq!(
        stopped(&["--max-depth", "30"], recurse),
        (
            "RecursionError: maximum recursion depth exceeded (--max-depth 30)".to_string(),
            Some(1)
        )
    );
    let out = rumba(
        &[
            "--max-depth",
            "30",
            "-c",
            "def f(n):\n    return 0 if n == 0 else f(n - 1)\nprint(f(27))",
        ],
        "",
    );
    assert_eq!(text(&out.stdout), "0\n", "28 frames and the module's fit in 30");
    // Without the flags, the engine's own errors are CPython's.
    assert_eq!(
        stopped(&[], recurse).0,
        "RecursionError: maximum recursion depth exceeded"
    );
    for bad in [
        &["--max-heap", "12Q"][..],
        &["--max-heap", "-1"],
        &["--budget", "x"],
        &["--max-depth", "0"],
        &["--timeout", "0"],
    ] {
        let mut args = bad.to_vec();
        args.extend(["-c", "pass"]);
        assert_eq!(rumba(&args, "").status.code(), Some(2), "{bad:?}");
    }
}

#[test]
fn a_timeout_stops_a_script_on_the_wall_clock() {
    for mode in [&["--no-jit"][..], &["--jit-threshold", "1"]] {
        let mut args = mode.to_vec();
        args.extend(["--timeout", "0.2"]);
        let started = std::time::Instant::now();
        let (last, status) = stopped(&args, "print('started')\nwhile True:\n    pass");
        assert_eq!(
            (last.as_str(), status),
            ("TimeoutError: wall-clock time limit exceeded (--timeout 0.2)", Some(1))
        );
        assert!(started.elapsed() < std::time::Duration::from_secs(20));
    }
    let out = rumba(&["--timeout", "30", "-c", "print(sum(range(10)))"], "");
    assert_eq!((text(&out.stdout), out.status.code()), ("45\n".to_string(), Some(0)));
}

#[test]
fn a_long_sleep_ends_at_the_timeout_or_the_budget() {
    // `time.sleep` waits in slices that check the interrupt flag, and
    // charges a tick per millisecond: neither limit waits out the hour.
    let script = "import time\nprint('started')\ntime.sleep(3600)";
    for (limit, reason) in [
        (
            ["--timeout", "0.2"],
            "TimeoutError: wall-clock time limit exceeded (--timeout 0.2)",
        ),
        (
            ["--budget", "300"],
            "RuntimeError: execution budget exhausted (--budget 300 ticks)",
        ),
    ] {
        let started = std::time::Instant::now();
        let (last, status) = stopped(&limit, script);
        assert_eq!((last.as_str(), status), (reason, Some(1)));
        assert!(started.elapsed() < std::time::Duration::from_secs(20));
    }
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
    // -i: the prompt even though stdin is a pipe (without it, a pipe is
    // one script, as for CPython).
    let out = rumba(&["-i"], session);
    let stdout = text(&out.stdout);
    assert!(stdout.contains("6\n4\n'still here'\n"), "{stdout}");
    assert!(text(&out.stderr).contains("ZeroDivisionError: division by zero"));
    assert_eq!(out.status.code(), Some(0));
    // -i after a script: the prompt sees the script's globals.
    let out = rumba(&["-i", "-c", "y = 21"], "y * 2\n");
    assert!(text(&out.stdout).contains("42\n"), "{}", text(&out.stdout));
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

/// A script's frames name it as CPython 3.11 does: a relative path joined
/// to the working directory, as given (`./`, `..` kept), with the source
/// line and markers; the `sys.argv[0]` the script sees is the path as typed.
#[test]
fn script_frames_carry_the_path_as_cpython_shows_it() {
    let dir = std::env::temp_dir().join(format!("rumba-cli-path-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("calc.py"),
        "import sys\nprint(sys.argv[0])\nx = [1]\ny = x[0] + x[3]\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_rumba"))
        .arg("./calc.py")
        .current_dir(&dir)
        .output()
        .expect("rumba runs");
    let cwd = dir.canonicalize().unwrap();
    assert_eq!(text(&out.stdout), "./calc.py\n");
    assert_eq!(
        text(&out.stderr),
        format!(
            "Traceback (most recent call last):\n  File \"{}/./calc.py\", line 4, in <module>\n    y = x[0] + x[3]\n               ~^^^\nIndexError: list index out of range\n",
            cwd.display()
        )
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Everything after the script is the script's, as with CPython: options
/// of `rumba`'s own (`--help`, `-i`, `--jit-stats`) given after it reach
/// the script's `sys.argv`, and an `argparse` tool answers `--help`.
#[test]
fn options_after_the_script_are_the_scripts() {
    let dir = scratch_dir("script-options");
    std::fs::write(
        dir.join("tool.py"),
        "import sys, argparse\nprint(sys.argv[1:])\np = argparse.ArgumentParser(description='A tool.')\np.add_argument('-i', action='store_true')\np.add_argument('--jit-stats', type=int)\nprint(p.parse_args())\n",
    )
    .unwrap();
    let out = rumba_in(Some(&dir), &["--no-jit", "tool.py", "-i", "--jit-stats", "3"], "");
    assert_eq!(
        text(&out.stdout),
        "['-i', '--jit-stats', '3']\nNamespace(i=True, jit_stats=3)\n"
    );
    let out = rumba_in(Some(&dir), &["tool.py", "--help"], "");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        "['--help']\nusage: tool.py [-h] [-i] [--jit-stats JIT_STATS]\n\nA tool.\n\noptions:\n  -h, --help            show this help message and exit\n  -i\n  --jit-stats JIT_STATS\n"
    );
    std::fs::remove_dir_all(&dir).ok();
}

/// The prompt driven through a pseudo-terminal (tests/prompt_pty.py):
/// Ctrl-C stops a running loop and the prompt comes back, a pasted block
/// of statements runs every one, `--jit-stats` prints at Ctrl-D.
#[test]
fn the_prompt_takes_ctrl_c_and_pastes_through_a_terminal() {
    let driver = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/prompt_pty.py");
    let out = match Command::new("python3")
        .arg(driver)
        .arg(env!("CARGO_BIN_EXE_rumba"))
        .output()
    {
        Ok(out) => out,
        Err(e) => {
            eprintln!("note: python3 is not available ({e}); the terminal test of the prompt is skipped");
            return;
        }
    };
    assert!(out.status.success(), "{}{}", text(&out.stdout), text(&out.stderr));
}

/// Piped into `-i`, a script's statements run one by one, a block ended
/// by the next statement at the margin included, and a block still open
/// at the end of input runs, as CPython runs it.
#[test]
fn the_prompt_runs_blocks_ended_by_a_statement_or_the_end_of_input() {
    let session = "for i in range(2):\n    print(i)\nprint('after')\nif True:\n    print('last')\n";
    let out = rumba(&["-i"], session);
    assert_eq!(
        text(&out.stdout).lines().skip(1).collect::<Vec<_>>(),
        ["0", "1", "after", "last"]
    );
}

/// A fresh directory for a test's files.
fn scratch_dir(test: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("rumba-cli-{test}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs script `source` saved as a file (so stdin stays the script's
/// input), in `dir`, with `stdin` piped in.
fn run_file(dir: &std::path::Path, source: &str, stdin: &str) -> Output {
    std::fs::write(dir.join("script.py"), source).unwrap();
    rumba_in(Some(dir), &["script.py"], stdin)
}

#[test]
fn input_and_sys_stdin_read_piped_input() {
    let dir = scratch_dir("stdin");
    let script = "import sys\nname = input('name? ')\nprint('hello', name)\nprint(repr(sys.stdin.readline()))\nfor line in sys.stdin:\n    print('line', repr(line))\nprint(repr(sys.stdin.read()))\ntry:\n    input()\nexcept EOFError as e:\n    print('EOFError:', e)\n";
    let out = run_file(&dir, script, "Ada\r\nsecond\nthird\nlast");
    // What CPython 3.11 prints for the same input.
    assert_eq!(
        text(&out.stdout),
        "name? hello Ada\n'second\\n'\nline 'third\\n'\nline 'last'\n''\nEOFError: EOF when reading a line\n"
    );
    assert_eq!(out.status.code(), Some(0));
    // The binary streams under the text ones: bytes as they are, no
    // newline translation (CPython 3.11's output for the same input).
    let script = "import sys\nprint(sys.stdin.buffer.readline())\nprint(sys.stdin.buffer.read(3))\nprint(sys.stdin.buffer.read())\nn = sys.stdout.buffer.write(b'\\xc3\\xa9 raw\\n')\nprint(n)\n";
    let out = run_file(&dir, script, "one\r\ntwo\nthree");
    assert_eq!(text(&out.stdout), "b'one\\r\\n'\nb'two'\nb'\\nthree'\né raw\n7\n");
    // Lines read whole, and readlines.
    let out = run_file(&dir, "import sys\nprint(sys.stdin.readlines())\n", "a\nb\n\nc");
    assert_eq!(text(&out.stdout), "['a\\n', 'b\\n', '\\n', 'c']\n");
    // input() at once at the end: CPython's report.
    let out = run_file(&dir, "x = input('> ')\n", "");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "> ");
    assert!(
        text(&out.stderr).ends_with(
            "line 1, in <module>\n    x = input('> ')\n        ^^^^^^^^^^^\nEOFError: EOF when reading a line\n"
        ),
        "{}",
        text(&out.stderr)
    );
    // A script piped in as stdin has consumed it: input() meets its end.
    let out = rumba(&[], "print(input())");
    assert!(text(&out.stderr).ends_with("EOFError: EOF when reading a line\n"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn open_reads_files_and_refuses_to_write() {
    let dir = scratch_dir("open");
    std::fs::write(dir.join("data.txt"), "alpha\r\nbeta\rgamma\ncafé ☕\nlast").unwrap();
    std::fs::write(dir.join("doc.json"), "{\"a\": [1, 2.5, null], \"b\": \"é\"}").unwrap();
    let script = "\
with open('data.txt') as f:
    print(f.readlines())
f = open('data.txt', 'rt', encoding='UTF-8')
print(repr(f.read(7)), repr(f.readline()), repr(f.readline(3)))
print(repr(f.read()))
f.close()
print(f.closed, f.name, f.mode)
print(sum(len(line) for line in open('data.txt')))
import json, sys
with open('doc.json') as f:
    doc = json.load(f)
print(doc)
json.dump(doc, sys.stdout, sort_keys=True)
print()
with open('data.txt', 'rb') as f:
    print(f.read(7), f.tell(), f.read())
for mode in ['w', 'a', 'r+', 'wb', 'rw', 'rr', 'bt', 't']:
    try:
        open('data.txt', mode)
    except (NotImplementedError, ValueError) as e:
        print(type(e).__name__, e)
open('missing.txt')
";
    let out = run_file(&dir, script, "");
    assert_eq!(
        text(&out.stdout),
        "['alpha\\n', 'beta\\n', 'gamma\\n', 'café ☕\\n', 'last']\n\
         'alpha\\nb' 'eta\\n' 'gam'\n\
         'ma\\ncafé ☕\\nlast'\n\
         True data.txt rt\n\
         28\n\
         {'a': [1, 2.5, None], 'b': 'é'}\n\
         {\"a\": [1, 2.5, null], \"b\": \"\\u00e9\"}\n\
         b'alpha\\r\\n' 7 b'beta\\rgamma\\ncaf\\xc3\\xa9 \\xe2\\x98\\x95\\nlast'\n\
         NotImplementedError open() for writing (mode 'w') is not supported by Rumba: files are read-only\n\
         NotImplementedError open() for writing (mode 'a') is not supported by Rumba: files are read-only\n\
         NotImplementedError open() for writing (mode 'r+') is not supported by Rumba: files are read-only\n\
         NotImplementedError open() for writing (mode 'wb') is not supported by Rumba: files are read-only\n\
         ValueError must have exactly one of create/read/write/append mode\n\
         ValueError invalid mode: 'rr'\n\
         ValueError can't have text and binary mode at once\n\
         ValueError Must have exactly one of create/read/write/append mode and at most one plus\n"
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).ends_with("FileNotFoundError: [Errno 2] No such file or directory: 'missing.txt'\n"),
        "{}",
        text(&out.stderr)
    );
    let out = run_file(&dir, "open('.')\n", "");
    assert!(text(&out.stderr).ends_with("IsADirectoryError: [Errno 21] Is a directory: '.'\n"));
    // Nothing was written.
    assert_eq!(std::fs::read_to_string(dir.join("data.txt")).unwrap().len(), 32);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn sys_stdout_and_stderr_write() {
    let dir = scratch_dir("streams");
    let script = "import sys\nn = sys.stdout.write('out\\n')\nprint(n)\nprint('to', 'err', sep='-', file=sys.stderr)\nsys.stderr.write('more\\n')\nprint('last', file=sys.stdout)\n";
    let out = run_file(&dir, script, "");
    assert_eq!(text(&out.stdout), "out\n4\nlast\n");
    assert_eq!(text(&out.stderr), "to-err\nmore\n");
    assert_eq!(out.status.code(), Some(0));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn compiled_loops_read_each_line_once() {
    let dir = scratch_dir("loops");
    let script = "import sys\ntotal = 0\nn = int(input())\nfor i in range(n):\n    x = int(input())\n    total += x\n    if i % 3 == 0:\n        print(i, x, total)\nfor line in sys.stdin:\n    total += len(line)\n    sys.stdout.write(line.upper())\nprint(total)\n";
    std::fs::write(dir.join("script.py"), script).unwrap();
    let numbers: String = (1..=10).map(|i| format!("{i}\n")).collect();
    let input = format!("10\n{numbers}{}", "ab\ncd\nef\n".repeat(5));
    // CPython 3.11's output for the same input.
    let want = format!("0 1 1\n3 4 10\n6 7 28\n9 10 55\n{}100\n", "AB\nCD\nEF\n".repeat(5));
    for mode in [&["--no-jit"][..], &[], &["--jit-threshold", "1"]] {
        let args: Vec<&str> = mode.iter().copied().chain(["script.py"]).collect();
        let out = rumba_in(Some(&dir), &args, &input);
        assert_eq!(text(&out.stdout), want, "{mode:?}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn modules_are_found_beside_the_script_not_in_the_working_directory() {
    // CPython's sys.path[0] is the script's directory; for -c it is the
    // working directory.
    let root = std::env::temp_dir().join(format!("rumba-cli-modules-{}", std::process::id()));
    let (app, elsewhere) = (root.join("app"), root.join("elsewhere"));
    std::fs::create_dir_all(&app).unwrap();
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::write(app.join("helper.py"), "WHERE = 'beside the script'\n").unwrap();
    std::fs::write(elsewhere.join("helper.py"), "WHERE = 'working directory'\n").unwrap();
    std::fs::write(app.join("main.py"), "import helper\nprint(helper.WHERE)\n").unwrap();
    let script = app.join("main.py");
    let out = rumba_in(Some(&elsewhere), &[script.to_str().unwrap()], "");
    assert_eq!(text(&out.stdout), "beside the script\n", "{}", text(&out.stderr));
    let out = rumba_in(Some(&elsewhere), &["-c", "import helper\nprint(helper.WHERE)"], "");
    assert_eq!(text(&out.stdout), "working directory\n", "{}", text(&out.stderr));
    std::fs::remove_dir_all(&root).unwrap();
}

/// What `logging` writes to stderr (a script cannot redirect Rumba's
/// sys.stderr, so the programs of tests/programs cannot show it), as
/// CPython 3.11 writes it: the handler of last resort's bare message, a
/// failing emit's report (its traceback runs through the logging module's
/// own frames, which differ: CPython's are in `logging/__init__.py`), the
/// one-time "No handlers" line, and the root logger configured on stderr.
#[test]
fn logging_writes_to_stderr_as_cpython_does() {
    let script = "import logging
quiet = logging.getLogger('quiet')
quiet.info('not shown')
quiet.warning('last resort: %s', 'warning')
bad = logging.getLogger('bad')
bad.addHandler(logging.StreamHandler())
bad.error('%d items', 'three')
print('went on')
saved = logging.lastResort
logging.lastResort = None
quiet.error('no handlers, no last resort')
quiet.error('said once')
logging.lastResort = saved
logging.warning('root: %s', 'configured on stderr')
";
    let out = rumba(&["-c", script], "");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "went on\n");
    let stderr = text(&out.stderr);
    let lines: Vec<&str> = stderr
        .lines()
        .filter(|l| !l.starts_with("  File \"<rumba logging>\""))
        .collect();
    assert_eq!(
        lines,
        [
            "last resort: warning",
            "--- Logging error ---",
            "Traceback (most recent call last):",
            "TypeError: %d format: a real number is required, not str",
            "Call stack:",
            "  File \"<string>\", line 7, in <module>",
            "Message: '%d items'",
            "Arguments: ('three',)",
            "No handlers could be found for logger \"quiet\"",
            "WARNING:root:root: configured on stderr",
        ]
    );
}
