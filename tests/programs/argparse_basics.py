# argparse as command-line tools use it: actions, nargs, types, choices, errors (usage and message on stderr, exit 2), help text laid out as CPython lays it out for piped output, groups, subcommands.
import argparse, sys

def run(parser, argv):
    try:
        ns = parser.parse_args(argv)
        print("OK", ns)
    except SystemExit as e:
        print("EXIT", e.code)

p = argparse.ArgumentParser(prog="tool", description="Process some integers and do a number of things with them, wrapping this long description across lines.", epilog="See the docs for more.")
p.add_argument("integers", metavar="N", type=int, nargs="+", help="an integer for the accumulator")
p.add_argument("--sum", dest="accumulate", action="store_const", const=sum, default=max, help="sum the integers (default: find the max)")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("--name", default="world", help="who to greet (default: %(default)s)")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("-o", "--output", required=False, metavar="FILE", help="write the result to FILE instead of standard output, which is a long help text that wraps")
p.add_argument("--tag", action="append", help="tags")
p.add_argument("--flag", action="store_true")
p.add_argument("--no-cache", dest="cache", action="store_false")
p.add_argument("--pair", nargs=2, type=float)
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
print(p.format_usage(), end="")
print(p.format_help(), end="")
for argv in [["1", "2", "3"], ["1", "--sum", "5", "-vv"], ["--name=x", "4", "--mode", "slow"], ["-v", "--tag", "a", "--tag", "b", "7", "--flag", "--no-cache"],
             ["--pair", "1", "2.5", "3"], ["3", "--opt"], ["3", "--opt", "V"], ["--nam", "y", "9"], ["-vvv", "1"], ["-ofile.txt", "2"], ["--", "-5"], []]:
    run(p, argv)
    ns = None
for argv in [["x"], ["1", "--mode", "medium"], ["1", "--pair", "1"], ["1", "--unknown"], ["1", "--name"], ["--version"], ["-h"]]:
    run(p, argv)
q = argparse.ArgumentParser(prog="sub")
q.add_argument("src")
q.add_argument("dst", nargs="?", default="out")
q.add_argument("rest", nargs="*")
g = q.add_mutually_exclusive_group()
g.add_argument("--quiet", action="store_true")
g.add_argument("--loud", action="store_true")
grp = q.add_argument_group("tuning", "Knobs for the expert.")
grp.add_argument("--level", type=int, default=3, help="how hard")
print(q.format_help(), end="")
for argv in [["a"], ["a", "b", "c", "d"], ["a", "--quiet"], ["a", "--quiet", "--loud"], ["--level", "x", "a"], ["a", "--level", "5", "b"]]:
    run(q, argv)
r = argparse.ArgumentParser(prog="git")
r.add_argument("--dry-run", action="store_true")
sp = r.add_subparsers(dest="command", help="sub-command help")
c1 = sp.add_parser("commit", help="record changes")
c1.add_argument("-m", "--message", required=True)
c2 = sp.add_parser("push", help="update remote")
c2.add_argument("remote", nargs="?", default="origin")
c2.add_argument("--force", action="store_true")
print(r.format_help(), end="")
print(c1.format_help(), end="")
for argv in [["commit", "-m", "hi"], ["--dry-run", "push", "up", "--force"], ["push"], ["commit"], ["pull"], []]:
    run(r, argv)
d = argparse.ArgumentParser(prog="d", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
d.add_argument("--size", type=int, default=10, help="the size")
d.add_argument("--color", default="red", help="the color")
d.add_argument("files", nargs="*", help="inputs")
print(d.format_help(), end="")
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(b="x", a=1), "a" in ns, vars(ns))
e = argparse.ArgumentParser(prog="e", exit_on_error=False)
e.add_argument("--n", type=int)
try:
    e.parse_args(["--n", "z"])
except argparse.ArgumentError as err:
    print("ArgumentError:", err)
print(e.parse_known_args(["--n", "3", "extra", "--zz"]))
long = argparse.ArgumentParser(prog="a_rather_long_program_name")
for k in range(8):
    long.add_argument("--option-number-%d" % k, metavar="VALUE%d" % k, help="option %d" % k)
long.add_argument("inputs", nargs="+")
long.add_argument("output")
print(long.format_usage(), end="")
