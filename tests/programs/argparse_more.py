# argparse: raw description, metavar tuples, BooleanOptionalAction, negative numbers, parents and conflict resolution, required mutually exclusive groups, subcommands with aliases and defaults, other prefix characters, sys.argv by default.
import argparse, sys, textwrap

def run(parser, argv):
    try:
        print("OK", parser.parse_args(argv))
    except SystemExit as e:
        print("EXIT", e.code)

p = argparse.ArgumentParser(prog="calc", formatter_class=argparse.RawDescriptionHelpFormatter,
    description=textwrap.dedent("""\
        Calculator.
          indented line stays
        """))
p.add_argument("--point", nargs=2, metavar=("X", "Y"), type=float, help="a point")
p.add_argument("--feature", action=argparse.BooleanOptionalAction, default=True, help="use the feature")
p.add_argument("-n", type=int, default=1)
p.add_argument("values", nargs="*", type=float)
print(p.format_help(), end="")
for argv in [["--point", "1", "2", "-n", "-3", "4.5"], ["--no-feature", "-1.5", "2"], ["-n"], ["--point", "1"]]:
    run(p, argv)
base = argparse.ArgumentParser(add_help=False)
base.add_argument("--config", default="app.ini")
child = argparse.ArgumentParser(prog="child", parents=[base], conflict_handler="resolve")
child.add_argument("--config", default="other.ini", help="overridden")
child.set_defaults(func="handler")
print(child.parse_args([]), child.get_default("func"), child.get_default("config"))
m = argparse.ArgumentParser(prog="m")
grp = m.add_mutually_exclusive_group(required=True)
grp.add_argument("--a", action="store_true")
grp.add_argument("--b", type=int)
m.add_argument("--req", required=True)
print(m.format_usage(), end="")
for argv in [[], ["--req", "1"], ["--req", "1", "--a"], ["--req", "1", "--a", "--b", "2"], ["--b", "2", "--req=z"]]:
    run(m, argv)
s = argparse.ArgumentParser(prog="tool")
subs = s.add_subparsers(title="commands", dest="cmd", required=True)
def add(args): return args.x + args.y
a = subs.add_parser("add", help="add two numbers", aliases=["plus"])
a.add_argument("x", type=int); a.add_argument("y", type=int)
a.set_defaults(func=add)
subs.add_parser("noop")
print(s.format_help(), end="")
ns = s.parse_args(["add", "2", "3"])
print(ns.cmd, ns.func(ns))
for argv in [["plus", "1", "1"], [], ["add", "1"], ["noop", "extra"]]:
    try:
        ns = s.parse_args(argv)
        print("OK", ns.cmd, ns.x, ns.y)
    except SystemExit as e:
        print("EXIT", e.code)
plus = argparse.ArgumentParser(prog="plus", prefix_chars="+-")
plus.add_argument("+x", action="store_true")
plus.add_argument("-y")
print(plus.parse_args(["+x", "-y", "3"]))
run(argparse.ArgumentParser(prog="p"), ["--"])
q = argparse.ArgumentParser(prog="q")
q.add_argument("rest", nargs="*")
run(q, ["--", "-x", "--", "y"])
cli = argparse.ArgumentParser(description="Runs from the command line")
cli.add_argument("--count", type=int, default=2)
print(cli.parse_args())
