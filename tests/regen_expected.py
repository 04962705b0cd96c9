#!/usr/bin/env python3
"""Regenerates tests/programs/*.out and *.err from CPython 3.11 (python3).

Usage: python3 tests/regen_expected.py [NAME ...]

Each program runs as `python3 NAME.py` with cwd tests/programs,
PYTHONPATH=tests/pystub (a stand-in `numba` whose decorators return the
function), PYTHONHASHSEED=0 and no stdin. NAME.out gets stdout (always
written, possibly empty). For a non-zero exit, NAME.err gets `exit N`, then
`line N` or `line N, in F` for each traceback `  File "...", line N[, in F]`
line of stderr (innermost last), then the last non-empty stderr line; for a
zero exit a stale NAME.err is deleted. For programs named tb_*, NAME.stderr
also gets all of stderr, for the tests that compare tracebacks whole. The
programs directory is taken out of every path in stderr (`File "tb_x.py"`,
`cannot import name 'q' from 'm' (_mod_m.py)`).

Files named `_*.py` are modules the programs import (the programs
directory is CPython's `sys.path[0]`), not programs: they are skipped.

Programs whose first line starts with `# expected: hand-written` are skipped:
their expected output is what Rumba must print where CPython differs (a
refusal of a construct outside the subset), written by hand.

The interpreter is `python3` from PATH, or $PYTHON if set; a warning is
printed if it is not CPython 3.11.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.realpath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
STUB = os.path.join(HERE, "pystub")
PYTHON = os.environ.get("PYTHON", "python3")
MARKER = "# expected: hand-written"
FILE_LINE = re.compile(r'^  File "[^"]*", (line \d+(, in .+)?)$')


def summarize(returncode, stderr):
    """The `.err` lines for a failing run."""
    lines = ["exit %d" % returncode]
    lines += [m.group(1) for m in map(FILE_LINE.match, stderr.splitlines()) if m]
    last = [l for l in stderr.splitlines() if l.strip()]
    if last:
        lines.append(last[-1])
    return lines


def regenerate(name):
    path = os.path.join(PROGRAMS, name + ".py")
    with open(path, encoding="utf-8", errors="replace") as f:
        if f.readline().startswith(MARKER):
            if not os.path.exists(os.path.join(PROGRAMS, name + ".out")):
                print("warning: hand-written %s has no .out" % name, file=sys.stderr)
            return "skipped"
    env = dict(os.environ, PYTHONPATH=STUB, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1",
               PYTHONIOENCODING="utf-8")
    for var in ("PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONUTF8", "PYTHONINSPECT"):
        env.pop(var, None)
    p = subprocess.run([PYTHON, name + ".py"], cwd=PROGRAMS, env=env,
                       capture_output=True, stdin=subprocess.DEVNULL, timeout=60)
    with open(os.path.join(PROGRAMS, name + ".out"), "wb") as f:
        f.write(p.stdout)
    err_path = os.path.join(PROGRAMS, name + ".err")
    # The programs directory is taken out of every path (an imported
    # module's `File "..."` lines and error messages name its file).
    stderr = p.stderr.decode("utf-8", "replace").replace(PROGRAMS + "/", "")
    if name.startswith("tb_"):
        with open(os.path.join(PROGRAMS, name + ".stderr"), "w", encoding="utf-8", newline="") as f:
            f.write(stderr)
    if p.returncode == 0:
        if os.path.exists(err_path):
            os.remove(err_path)
        return "ok"
    lines = summarize(p.returncode, stderr)
    with open(err_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return "error"


def main():
    version = subprocess.run([PYTHON, "-c", "import sys, platform; print(platform.python_implementation(), *sys.version_info[:2])"],
                             capture_output=True, text=True).stdout.split()
    if version != ["CPython", "3", "11"]:
        print("warning: %s is %s, not CPython 3.11" % (PYTHON, " ".join(version) or "unknown"), file=sys.stderr)
    if sys.argv[1:]:
        names = [os.path.basename(a)[:-3] if a.endswith(".py") else os.path.basename(a) for a in sys.argv[1:]]
    else:
        # `_mod_*.py` are modules the programs import, not programs.
        names = sorted(n[:-3] for n in os.listdir(PROGRAMS) if n.endswith(".py") and not n.startswith("_"))
    counts = {}
    for name in names:
        result = regenerate(name)
        counts[result] = counts.get(result, 0) + 1
    print("regenerated %d programs: %s" % (len(names), ", ".join("%d %s" % (v, k) for k, v in sorted(counts.items()))))


if __name__ == "__main__":
    main()
