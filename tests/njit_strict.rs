//! Strict `@njit`: a table of small functions the check accepts or
//! refuses (with the reason line Numba 0.68 prints), run through the
//! `rumba` command in each execution mode; and the programs checked
//! against real Numba by `tests/numba_check.py`, when Numba is installed.

use std::path::PathBuf;
use std::process::Command;

/// Runs `source` (written to a temporary file) and returns stdout, and
/// the second line of the report's message when it failed (the reason).
fn run(name: &str, source: &str, mode: &[&str]) -> (String, Option<String>) {
    let dir = std::env::temp_dir().join(format!("rumba-njit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{name}.py"));
    std::fs::write(&file, source).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_rumba"))
        .args(mode)
        .arg(&file)
        .current_dir(&dir)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if out.status.success() {
        return (stdout, None);
    }
    let Some(at) = stderr.find("numba.core.errors.") else {
        let last = stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("");
        return (stdout, Some(last.to_string()));
    };
    let mut lines = stderr[at..].lines();
    let first = lines.next().unwrap_or("").to_string();
    let reason = if first.ends_with("pipeline (step: nopython frontend)") {
        lines.next().unwrap_or("").to_string()
    } else {
        first
    };
    (stdout, Some(reason))
}

/// (name, body after `from numba import njit`, call, expected: Ok(stdout)
/// or Err(the reason line)).
const TABLE: &[(&str, &str, &str, Result<&str, &str>)] = &[
    ("loop", "@njit\ndef f(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s\n", "f(10)", Ok("45\n")),
    (
        "int_float",
        "@njit\ndef f(n):\n    x = 0\n    if n > 1:\n        x = 2.5\n    return x\n",
        "f(3)",
        Ok("2.5\n"),
    ),
    (
        "optional",
        "@njit\ndef f(n):\n    x = None\n    if n > 1:\n        x = n\n    return x\n",
        "f(3)",
        Ok("3\n"),
    ),
    (
        "straight_line_retype",
        "@njit\ndef f(n):\n    x = 1\n    x = 'a'\n    return x\n",
        "f(3)",
        Ok("a\n"),
    ),
    (
        "unused_conflict",
        "@njit\ndef f(n):\n    x = 1\n    if n:\n        x = 'a'\n    return n\n",
        "f(3)",
        Ok("3\n"),
    ),
    (
        "recursion",
        "@njit\ndef f(n):\n    return n if n < 2 else f(n - 1) + f(n - 2)\n",
        "f(15)",
        Ok("610\n"),
    ),
    (
        "math_and_builtins",
        "import math\n@njit\ndef f(n):\n    return math.sqrt(n) + abs(-n) + len([1, 2]) + min(n, 2)\n",
        "f(4)",
        Ok("10.0\n"),
    ),
    (
        "lenient",
        "from numba import jit\ndef g(x):\n    return x\n@jit(forceobj=True)\ndef f(n):\n    return g({n: n})\n",
        "f(1)",
        Ok("{1: 1}\n"),
    ),
    (
        "untyped_function",
        "def g(x):\n    return x\n@njit\ndef f(n):\n    return g(n)\n",
        "f(1)",
        Err("Untyped global name 'g': Cannot determine Numba type of <class 'function'>"),
    ),
    (
        "untyped_class",
        "class P:\n    pass\n@njit\ndef f(n):\n    return P()\n",
        "f(1)",
        Err("Untyped global name 'P': Cannot determine Numba type of <class 'type'>"),
    ),
    (
        "untyped_dict",
        "D = {1: 2}\n@njit\ndef f(n):\n    return D[n]\n",
        "f(1)",
        Err("Untyped global name 'D': Cannot determine Numba type of <class 'dict'>"),
    ),
    (
        "untyped_builtin",
        "@njit\ndef f(n):\n    return bin(n)\n",
        "f(1)",
        Err("Untyped global name 'bin': Cannot determine Numba type of <class 'builtin_function_or_method'>"),
    ),
    (
        "big_int_global",
        "BIG = 2 ** 70\n@njit\ndef f(n):\n    return BIG\n",
        "f(1)",
        Err("Untyped global name 'BIG': Int value is too large: 1180591620717411303424"),
    ),
    ("undefined", "@njit\ndef f(n):\n    return nope\n", "f(1)", Err("NameError: name 'nope' is not defined")),
    (
        "cannot_unify_branch",
        "@njit\ndef f(n):\n    if n > 1:\n        x = n\n    else:\n        x = 'b'\n    return x\n",
        "f(3)",
        Err("Cannot unify int64 and Literal[str](b) for 'x.2', defined at"),
    ),
    (
        "cannot_unify_loop",
        "@njit\ndef f(n):\n    x = 0\n    for i in range(n):\n        x = 'a'\n    return x\n",
        "f(3)",
        Err("Cannot unify Literal[int](0) and Literal[str](a) for 'x.2', defined at"),
    ),
    (
        "math_attribute",
        "import math\n@njit\ndef f(n):\n    return math.comb(n, 2)\n",
        "f(4)",
        Err("Unknown attribute 'comb' of type Module(<module 'math' (built-in)>)"),
    ),
    (
        "store_global",
        "G = 0\n@njit\ndef f(n):\n    global G\n    G = n\n    return n\n",
        "f(4)",
        Err("numba.core.errors.UnsupportedBytecodeError: Use of unsupported opcode (STORE_GLOBAL) found. Raised from"),
    ),
    (
        "class_statement",
        "@njit\ndef f(n):\n    class A:\n        pass\n    return n\n",
        "f(4)",
        Err("numba.core.errors.UnsupportedBytecodeError: Use of unsupported opcode (LOAD_BUILD_CLASS) found. Raised from"),
    ),
    (
        "with_as",
        "class C:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        pass\n@njit\ndef f(n):\n    with C() as c:\n        pass\n    return n\n",
        "f(4)",
        Err("numba.core.errors.UnsupportedBytecodeError: The 'with (context manager) as (variable):' construct is not supported.. Raised from None"),
    ),
    (
        "argument_instance",
        "class P:\n    pass\n@njit\ndef f(p):\n    return 1\n",
        "f(P())",
        Err("non-precise type pyobject"),
    ),
    ("argument_empty_list", "@njit\ndef f(p):\n    return 1\n", "f([])", Err("ValueError: cannot compute fingerprint of empty list")),
];

#[test]
fn the_check_accepts_and_refuses_as_numba() {
    let mut failures = Vec::new();
    for &(name, body, call, want) in TABLE {
        let source = format!("from numba import njit\n{body}print({call})\n");
        for mode in [&["--no-jit"][..], &[], &["--jit-threshold", "1"]] {
            let (stdout, reason) = run(name, &source, mode);
            let ok = match (want, &reason) {
                (Ok(out), None) => stdout == out,
                (Err(w), Some(got)) => got.starts_with(w),
                _ => false,
            };
            if !ok {
                failures.push(format!(
                    "{name} {mode:?}: want {want:?}, got stdout {stdout:?}, reason {reason:?}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn programs_match_real_numba_when_it_is_installed() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let python = std::env::var("NUMBA_PYTHON").unwrap_or_else(|_| "python3".into());
    let Ok(out) = Command::new(&python).arg(root.join("tests/numba_check.py")).output() else {
        println!("note: {python} is not available; the @njit programs are not checked against Numba");
        return;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    println!("{text}");
    assert!(
        out.status.success(),
        "tests/numba_check.py failed:\n{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
