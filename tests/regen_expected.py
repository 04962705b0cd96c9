#!/usr/bin/env python3
"""Regenerates tests/programs/*.out and *.err from CPython (python3).

Usage: python3 tests/regen_expected.py [NAME ...]

Each program runs with cwd tests/programs, PYTHONPATH=tests/pystub (a
stand-in `numba` whose decorators return the function), PYTHONHASHSEED=0.
NAME.out gets stdout; for a non-zero exit, NAME.err gets `exit N`, the
`line N, in F` part of each traceback `File` line, and the last stderr line.
Programs whose first line is `# expected: hand-written ...` are skipped:
their expected output is Rumba's 64-bit overflow error, which CPython lacks.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
STUB = os.path.join(HERE, "pystub")
FILE_LINE = re.compile(r'^  File "[^"]*", (line \d+(, in .+)?)$')


def regenerate(name):
    path = os.path.join(PROGRAMS, name + ".py")
    with open(path, encoding="utf-8") as f:
        if f.readline().startswith("# expected: hand-written"):
            return "skipped"
    env = dict(os.environ, PYTHONPATH=STUB, PYTHONHASHSEED="0")
    p = subprocess.run([sys.executable, name + ".py"], cwd=PROGRAMS, env=env,
                       capture_output=True, stdin=subprocess.DEVNULL, timeout=60)
    with open(os.path.join(PROGRAMS, name + ".out"), "wb") as f:
        f.write(p.stdout)
    err_path = os.path.join(PROGRAMS, name + ".err")
    if p.returncode == 0:
        if os.path.exists(err_path):
            os.remove(err_path)
        return "ok"
    stderr = p.stderr.decode("utf-8", "replace")
    lines = ["exit %d" % p.returncode]
    lines += [m.group(1) for m in map(FILE_LINE.match, stderr.splitlines()) if m]
    last = [l for l in stderr.splitlines() if l.strip()]
    if last:
        lines.append(last[-1])
    with open(err_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return "error"


def main():
    names = sys.argv[1:] or sorted(n[:-3] for n in os.listdir(PROGRAMS) if n.endswith(".py"))
    counts = {}
    for name in names:
        result = regenerate(name)
        counts[result] = counts.get(result, 0) + 1
    print("regenerated %d programs: %s" % (len(names), ", ".join("%d %s" % (v, k) for k, v in sorted(counts.items()))))


if __name__ == "__main__":
    main()
