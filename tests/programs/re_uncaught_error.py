# A rule loader that reports a bad pattern as an uncaught re.error with context.
# The error is re-raised `from None` so the traceback holds only this file's frames
# (an error escaping re.compile directly would also list CPython's re/_parser.py frames).
import re

RULES = {
    "date": r"\d{4}-\d\d-\d\d",
    "time": r"\d\d:\d\d(:\d\d)?",
    "level": r"(DEBUG|INFO|WARN|ERROR)",
    "ident": r"[A-Za-z_]\w*",
    "broken": r"user=(\w+",
}


def compile_rule(name, source):
    try:
        return re.compile(source)
    except re.error as e:
        print(f"rule {name!r} is invalid: {e.msg} (pos {e.pos})")
        raise re.error(f"in rule {name!r}: {e.msg}", source, e.pos) from None


def load_rules(rules):
    compiled = {}
    for name, source in rules.items():
        compiled[name] = compile_rule(name, source)
        print("compiled", name, compiled[name].groups)
    return compiled


line = "2024-03-01 12:30 INFO user=ada"
for name, source in RULES.items():
    if name != "broken":
        m = re.search(source, line)
        print(name, m.group() if m else None)

load_rules(RULES)
print("not reached")
