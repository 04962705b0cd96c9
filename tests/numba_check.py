#!/usr/bin/env python3
"""Runs the @njit test programs under real Numba and compares what they
print with their expected files (tests/programs/NAME.out and NAME.err), so
Rumba's strict @njit is held to Numba's output and refusals.

Usage: python3 tests/numba_check.py [--write] [NAME ...]

The programs are tests/programs/njit_*.py (or the NAMEs given). Each runs
as `python3 NAME.py` with cwd tests/programs and no stand-in on the path, so
`import numba` is the real one. stdout must equal NAME.out; for a failing
run, stderr is summarized as tests/regen_expected.py does (`exit N`, the
`line N, in F` of each traceback entry, the last non-empty line), leaving
out the entries inside Numba's own package (Rumba's traceback has none),
and must equal NAME.err. With --write, the files are written from Numba's
output instead (for hand-written programs: `# expected: hand-written`).

The interpreter is $NUMBA_PYTHON, else python3. When it cannot import
numba, the check is skipped with a note (exit 0).
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
PYTHON = os.environ.get("NUMBA_PYTHON", "python3")
FILE_LINE = re.compile(r'^  File "([^"]*)", (line \d+(, in .+)?)$')


def summarize(returncode, stderr):
    lines = ["exit %d" % returncode]
    for m in map(FILE_LINE.match, stderr.splitlines()):
        if m and os.sep + "numba" + os.sep not in m.group(1):
            lines.append(m.group(2))
    last = [l for l in stderr.splitlines() if l.strip()]
    if last:
        lines.append(last[-1])
    return lines


def run(name):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8",
               NUMBA_DISABLE_PERFORMANCE_WARNINGS="1", NUMBA_COLOR_SCHEME="no_color",
               NUMBA_DISABLE_ERROR_MESSAGE_HIGHLIGHTING="1")
    env.pop("PYTHONPATH", None)
    return subprocess.run([PYTHON, "-W", "ignore", name + ".py"], cwd=PROGRAMS, env=env,
                          capture_output=True, stdin=subprocess.DEVNULL, timeout=300)


def main():
    args = sys.argv[1:]
    write = "--write" in args
    names = [a[:-3] if a.endswith(".py") else a for a in args if a != "--write"]
    if not names:
        names = sorted(n[:-3] for n in os.listdir(PROGRAMS) if n.startswith("njit_") and n.endswith(".py"))
    probe = subprocess.run([PYTHON, "-c", "import numba; print(numba.__version__)"], capture_output=True, text=True)
    if probe.returncode != 0:
        print("note: numba is not importable by %s; the @njit programs are not checked against Numba "
              "(pip install numba, or set NUMBA_PYTHON)" % PYTHON)
        return 0
    print("checking %d programs against Numba %s" % (len(names), probe.stdout.strip()))
    failed = 0
    for name in names:
        p = run(name)
        stdout = p.stdout.decode("utf-8", "replace")
        err = summarize(p.returncode, p.stderr.decode("utf-8", "replace")) if p.returncode else None
        out_path = os.path.join(PROGRAMS, name + ".out")
        err_path = os.path.join(PROGRAMS, name + ".err")
        if write:
            with open(out_path, "w", encoding="utf-8", newline="\n") as f:
                f.write(stdout)
            if err:
                with open(err_path, "w", encoding="utf-8", newline="\n") as f:
                    f.write("\n".join(err) + "\n")
            elif os.path.exists(err_path):
                os.remove(err_path)
            print("wrote", name)
            continue
        want_out = open(out_path, encoding="utf-8").read() if os.path.exists(out_path) else ""
        want_err = open(err_path, encoding="utf-8").read().splitlines() if os.path.exists(err_path) else None
        problems = []
        if stdout != want_out:
            problems.append("stdout differs:\n--- numba\n%s--- expected\n%s" % (stdout, want_out))
        if err != want_err:
            problems.append("stderr summary differs: numba %r, expected %r" % (err, want_err))
        if problems:
            failed += 1
            print("FAIL %s\n%s" % (name, "\n".join(problems)))
        else:
            print("ok   %s" % name)
    print("%d passed, %d failed" % (len(names) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
