#!/usr/bin/env python3
"""Runs the real-world sample (manifest.toml) under CPython and Rumba and compares them.

Each program is read from a mirror of its repository (`git show COMMIT:PATH`) or from a cache
directory, written with its companion files and the stand-ins for `numba` and `pyperf` into a
fresh temporary directory, and run there with stdin from /dev/null: by `python3`, by `rumba`
(JIT on) and by `rumba --no-jit`. A Rumba run agrees when its stdout and exit status are
CPython's. See benches/README.md ("Real programs").
"""

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
STAND_INS = [os.path.join(ROOT, "benches", "pystub", "numba.py"), os.path.join(HERE, "pyperf.py")]
MODES = {"jit": [], "no-jit": ["--no-jit"]}


def git_dir(mirrors, repo):
    base = os.path.join(mirrors, repo.replace("/", "+"), "repo")
    return os.path.join(base, ".git") if os.path.isdir(os.path.join(base, ".git")) else base


def read_source(args, repo, commit, path):
    """The file's bytes: from the cache if it holds it, else from the mirror (then cached)."""
    cached = os.path.join(args.cache, repo.replace("/", "+"), commit, path) if args.cache else None
    if cached and os.path.exists(cached):
        with open(cached, "rb") as f:
            return f.read()
    git = git_dir(args.mirrors, repo)
    shown = subprocess.run(["git", "--git-dir", git, "show", f"{commit}:{path}"], capture_output=True)
    if shown.returncode != 0:
        sys.exit(f"run.py: cannot read {repo}@{commit[:10]}:{path} (mirror {git}, cache {args.cache}): "
                 f"{shown.stderr.decode(errors='replace').strip()}")
    if cached:
        os.makedirs(os.path.dirname(cached), exist_ok=True)
        with open(cached, "wb") as f:
            f.write(shown.stdout)
    return shown.stdout


def script_name(path):
    name = os.path.basename(path)
    return name if name.endswith(".py") else name + ".py"


def run(cmd, cwd, timeout):
    start = time.monotonic()
    try:
        p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, time.monotonic() - start
    return p, time.monotonic() - start


def error_line(stderr):
    """The line that names what stopped a run: the exception line, or the panic message."""
    lines = [l for l in stderr.decode(errors="replace").splitlines() if l.strip()]
    for l in lines:
        if "panicked at" in l:
            return "PANIC " + l.strip()
    return lines[-1].strip() if lines else "(no message)"


def classify(expected, got):
    """agree / refused / WRONG / crash / timeout, and the cause for refused and crash."""
    if got is None:
        return "timeout", None
    if got.stdout == expected.stdout and got.returncode == expected.returncode:
        return "agree", None
    if got.returncode < 0 or b"panicked at" in got.stderr:
        return "crash", error_line(got.stderr) + f" (exit {got.returncode})"
    if got.returncode != 0 and expected.stdout.startswith(got.stdout):
        return "refused", error_line(got.stderr)
    return "WRONG", first_difference(expected.stdout, got.stdout)


def first_difference(a, b):
    la, lb = a.decode(errors="replace").splitlines(), b.decode(errors="replace").splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<end>"
        y = lb[i] if i < len(lb) else "<end>"
        if x != y:
            return f"line {i + 1}: CPython {x[:80]!r}, Rumba {y[:80]!r}"
    return "same lines, different bytes"


def run_program(args, prog):
    d = tempfile.mkdtemp(prefix="rumba-realworld-")
    try:
        for stand_in in STAND_INS:
            shutil.copy(stand_in, d)
        for companion in prog.get("companions", []):
            with open(os.path.join(d, os.path.basename(companion)), "wb") as f:
                f.write(read_source(args, prog["repo"], prog["commit"], companion))
        name = script_name(prog["path"])
        with open(os.path.join(d, name), "wb") as f:
            f.write(read_source(args, prog["repo"], prog["commit"], prog["path"]))
        argv = [str(a) for a in prog.get("args", [])]
        expected, cpython_secs = run(["python3", name] + argv, d, args.timeout)
        result = {"name": prog_name(prog), "cpython_secs": round(cpython_secs, 2)}
        if expected is None:
            result["cpython"] = "timeout"
            return result
        for mode, flags in MODES.items():
            if args.modes and mode not in args.modes:
                continue
            got, secs = run([args.rumba] + flags + [name] + argv, d, args.timeout)
            verdict, cause = classify(expected, got)
            result[mode] = {"verdict": verdict, "cause": cause, "secs": round(secs, 2)}
        return result
    finally:
        shutil.rmtree(d)


def prog_name(prog):
    return f"{prog['repo']}:{prog['path']}" + (" " + " ".join(map(str, prog["args"])) if prog.get("args") else "")


def report(results, modes):
    verdicts = ["agree", "refused", "WRONG", "crash", "timeout"]
    print(f"{len(results)} programs")
    print(f"{'mode':8} " + " ".join(f"{v:>8}" for v in verdicts))
    for mode in modes:
        counts = collections.Counter(r[mode]["verdict"] for r in results if mode in r)
        print(f"{mode:8} " + " ".join(f"{counts[v]:>8}" for v in verdicts))
    for mode in modes:
        causes = collections.defaultdict(list)
        for r in results:
            if mode in r and r[mode]["verdict"] != "agree":
                causes[(r[mode]["verdict"], r[mode]["cause"] or "")].append(r["name"])
        if not causes:
            continue
        print(f"\n{mode}: what stops the rest (programs per cause)")
        for (verdict, cause), names in sorted(causes.items(), key=lambda kv: (kv[0][0] != "WRONG", -len(kv[1]), kv[0])):
            print(f"  {len(names):3}  {verdict:8} {cause}")
            for n in names:
                print(f"         {n}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", default=os.path.join(HERE, "manifest.toml"))
    ap.add_argument("--mirrors", default="/work/.mirror", help="directory of OWNER+NAME/repo git mirrors")
    ap.add_argument("--cache", default=None, help="directory of extracted files (OWNER+NAME/COMMIT/PATH), read first and filled")
    ap.add_argument("--rumba", default=os.path.join(ROOT, "target", "release", "rumba"))
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per run (default 60)")
    ap.add_argument("--only", default=None, help="only programs whose repo:path contains this")
    ap.add_argument("--modes", default=None, help="comma-separated subset of: " + ",".join(MODES))
    ap.add_argument("--json", default=None, help="also write the results to this file")
    args = ap.parse_args()
    args.modes = args.modes.split(",") if args.modes else None
    with open(args.manifest, "rb") as f:
        programs = tomllib.load(f)["program"]
    if args.only:
        programs = [p for p in programs if args.only in prog_name(p)]
    results = []
    for prog in programs:
        r = run_program(args, prog)
        results.append(r)
        shown = " ".join(f"{m}={r[m]['verdict']}" for m in MODES if m in r) or f"cpython={r.get('cpython')}"
        print(f"{r['name']}: {shown}", file=sys.stderr, flush=True)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    report(results, [m for m in MODES if not args.modes or m in args.modes])


if __name__ == "__main__":
    main()
