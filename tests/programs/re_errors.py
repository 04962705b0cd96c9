# Errors: re.error for bad patterns and templates (str, msg, pos, lineno, colno),
# IndexError for bad group references, TypeError for non-string subjects.
import re

BAD_PATTERNS = [
    "(ab",            # unterminated group
    "ab)",            # unbalanced parenthesis
    "*a",             # nothing to repeat
    "+",
    "a**",            # multiple repeat
    "a{2}*",
    "\\q",            # bad escape
    "ab\\",           # escape at the end
    "(?P=x)",         # unknown group name
    "[z-a]",          # bad character range
    "(?P<n",          # unterminated name
    "[ab",            # unterminated character set
    "[]",
    "(?P<n>a)(?P<n>b)",
    "(?P<1a>x)",
    "a{3,1}",
    "(?z)",
    "(a)\\2",
    "a(?i)b",
    "(?#no end",
    "\\x4",
    "ab\n(c",
]

for pattern in BAD_PATTERNS:
    try:
        re.compile(pattern)
        print("compiled?!", repr(pattern))
    except re.error as e:
        print(f"{pattern!r:22} {e}")
        print(f"{'':22} msg={e.msg!r} pos={e.pos} line={e.lineno} col={e.colno} pattern={e.pattern!r}")

# the position counts code points, also after non-ASCII text
try:
    re.compile("héllo(wörld")
except re.error as e:
    print(e.pos, e)

# errors without a position
try:
    re.compile(r"(?<=a+)b")
except re.error as e:
    print(e, e.pos, e.lineno)

# re.error is an Exception, catchable generally
def try_compile(p):
    try:
        return "compiled " + re.compile(p).pattern
    except Exception as e:
        return f"{type(e).__name__}: {e}"

print(try_compile("[0-9]+"))
print(try_compile("[0-9+"))
print(isinstance(re.error("x"), Exception), re.error.__name__)

# user input validated before use
for user_pattern in [r"\d+", r"(\d+", r"[a-", r"x{2}"]:
    try:
        found = re.findall(user_pattern, "a1 b22 xx")
        print("ok", user_pattern, found)
    except re.error as err:
        print("invalid", user_pattern, "->", err.msg)

# bad templates in sub
for template in [r"\2", r"\g<name>", r"\g<>", r"\g<1", "tail\\", r"\g<-1>"]:
    try:
        print(re.sub(r"(a)", template, "cat"))
    except re.error as e:
        print("re.error:", e)
    except IndexError as e:
        print("IndexError:", e)

# group index errors
m = re.match(r"(\w+) (?P<second>\w+)", "hello world")
for g in [5, "nope", -1, 3]:
    try:
        print(m.group(g))
    except IndexError as e:
        print("IndexError:", e)
try:
    m.start(7)
except IndexError as e:
    print("IndexError:", e)
try:
    m["missing"]
except IndexError as e:
    print("IndexError:", e)
print(m.group(2), m.group("second"), m[2])

# TypeErrors: wrong argument types
for subject in [42, None, ["a"], 3.5]:
    try:
        re.match(r"\d", subject)
    except TypeError as e:
        print("TypeError:", e)
try:
    re.sub(r"\d", lambda m: int(m.group()) + 1, "a1")
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError:", e)
try:
    re.findall(r"(a)", "aaa", "x")
except TypeError as e:
    print("TypeError:", type(e).__name__)

# raising re.error ourselves
try:
    raise re.error("custom problem")
except re.error as e:
    print(e, e.msg, e.pos, e.pattern)
