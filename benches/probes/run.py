#!/usr/bin/env python3
"""Instructions per operation for one-line loops written as users write
them, under rumba --no-jit and CPython (or any runtimes named), counted by
valgrind's callgrind at two loop lengths and differenced, so start-up and
warm-up cancel. Counts do not depend on the machine's load.

    python3 benches/probes/run.py                      # rumba --no-jit vs python3
    python3 benches/probes/run.py --only call_kw,isinstance
    python3 benches/probes/run.py --runtime "target/release/rumba" --runtime python3.11

Needs valgrind. Takes about two minutes per runtime.
"""
import argparse
import math
import os
import subprocess
import sys
import tempfile

# name: (setup lines, loop body); the loop is `for i in range(N)` inside a
# function, as most real loops are.
PROBES = {
    "range_add": ("s = 0", "s += i"),
    "compare_if": ("s = 0", "if i > 5:\n    s += 1"),
    "mod_eq": ("s = 0", "if i % 2 == 0:\n    s += 1"),
    "float_mul": ("x = 1.0001; y = 1.0", "y = y * x"),
    "global_load": ("s = 0", "s += G"),
    "list_index": ("a = list(range(100)); s = 0", "s += a[i % 100]"),
    "list_store": ("a = [0] * 100", "a[i % 100] = i"),
    "tuple_unpack": ("s = 0", "a, b = i, s; s = a"),
    "len_call": ("a = [1, 2, 3]; s = 0", "s += len(a)"),
    "max2": ("s = 0", "s = max(s, i)"),
    "isinstance": ("s = 0", "s = isinstance(i, int)"),
    "str_of_int": ("s = ''", "s = str(i)"),
    "call": ("def f(x):\n    return x + 1\ns = 0", "s = f(i)"),
    "call_kw": ("def f(x, y=2):\n    return x + y\ns = 0", "s = f(i, y=3)"),
    "closure": ("k = 3\ndef g(x):\n    return x + k\ns = 0", "s = g(i)"),
    "tuple_ret": ("def f(x):\n    return x, x + 1\ns = 0", "a, b = f(i)"),
    "method_append": ("a = []", "a.append(i)"),
    "dict_get": ("d = {'a': 1, 'b': 2}; s = 0", "s += d['a']"),
    "dict_getm": ("d = {'a': 1}; s = 0", "s += d.get('b', 0)"),
    "dict_set": ("d = {}", "d[i & 255] = i"),
    "dict_inc": ("d = {}", "k = i & 15\nd[k] = d.get(k, 0) + 1"),
    "set_in": ("st = {1, 2, 3}; s = 0", "if i in st:\n    s += 1"),
    "str_cat": ("s = ''", "s = 'ab' + str(i & 7)"),
    "str_join": ("p = ['a', 'b', 'c']; s = ''", "s = ','.join(p)"),
    "startswith": ("w = 'hello'; s = 0", "s = w.startswith('he')"),
    "fstring": ("s = ''", "s = f'{i}:{s[:0]}'"),
    "attr_load": ("class C:\n    def __init__(self): self.x = 1\no = C(); s = 0", "s += o.x"),
    "attr_store": ("class C:\n    def __init__(self): self.x = 1\no = C()", "o.x = i"),
    "meth_call": ("class C:\n    def m(self, v): return v\no = C(); s = 0", "s = o.m(i)"),
    "new_obj": ("class P:\n    def __init__(self, x): self.x = x\ns = None", "s = P(i)"),
    "listcomp": ("s = 0", "s = [j for j in (1, 2, 3)]"),
    "gen_sum": ("a = [1, 2, 3]; s = 0", "s = sum(x * x for x in a)"),
    "enumerate": ("a = [1] * 10; s = 0", "for k, v in enumerate(a):\n    s += v"),
    "complex_madd": ("z = 0j; c = 0.1 + 0.2j", "z = z * 0.5 + c"),
    "complex_abs": ("z = 3 + 4j; s = 0.0", "s += abs(z)"),
    "deque_fifo": ("from collections import deque\nq = deque([0])", "q.append(i)\nq.popleft()"),
    "set_union": ("a = {1, 2, 3}; b = {3, 4}; s = None", "s = a | b"),
}
SMALL, LARGE = 20000, 40000


def source(setup, body):
    indent = lambda text, n: "\n".join(" " * n + line for line in text.splitlines())
    return ("import sys\nN = int(sys.argv[1])\nG = 5\ndef main():\n" + indent(setup, 4)
            + "\n    for i in range(N):\n" + indent(body, 8) + "\nmain()\n")


def instructions(cmd, path, n):
    with tempfile.NamedTemporaryFile() as out:
        subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out.name]
                       + cmd + [path, str(n)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for line in open(out.name):
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    raise RuntimeError("no totals in callgrind's output")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runtime", action="append",
                    help="a command (split on spaces); default: target/release/rumba --no-jit, then python3")
    ap.add_argument("--only", help="comma-separated probe names")
    args = ap.parse_args()
    runtimes = args.runtime or ["target/release/rumba --no-jit", "python3"]
    names = args.only.split(",") if args.only else list(PROBES)
    unknown = [n for n in names if n not in PROBES]
    if unknown:
        sys.exit("unknown probes: " + ", ".join(unknown) + "; known: " + ", ".join(PROBES))
    with tempfile.TemporaryDirectory() as d:
        table = {}
        for name in names:
            path = os.path.join(d, name + ".py")
            with open(path, "w") as f:
                f.write(source(*PROBES[name]))
            row = []
            for rt in runtimes:
                cmd = rt.split()
                row.append((instructions(cmd, path, LARGE) - instructions(cmd, path, SMALL)) // (LARGE - SMALL))
            table[name] = row
            print(f"{name:16}" + "".join(f"{v:>12}" for v in row)
                  + (f"   {row[0] / row[-1]:.2f}" if len(row) > 1 else ""), flush=True)
    if len(runtimes) > 1:
        ratios = [row[0] / row[-1] for row in table.values() if row[-1] > 0]
        geo = math.exp(sum(map(math.log, ratios)) / len(ratios))
        print(f"geomean of {runtimes[0]!r} over {runtimes[-1]!r}: {geo:.3f} ({len(ratios)} probes)")


if __name__ == "__main__":
    main()
