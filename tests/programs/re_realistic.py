# Three real-program shapes: an expression tokenizer (master pattern + lastgroup),
# an access-log parser, and a regex-redux style DNA variant counter.
import re

# ---------------------------------------------------------------- tokenizer
TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][-+]?\d+)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("POW", r"\*\*"),
    ("OP", r"[-+*/%]"),
    ("LPAREN", r"\("),
    ("RPAREN", r"\)"),
    ("COMMA", r","),
    ("ASSIGN", r"="),
    ("SKIP", r"[ \t]+"),
    ("NEWLINE", r"\n"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in TOKEN_SPEC))


class Token:
    def __init__(self, kind, value, line, column):
        self.kind = kind
        self.value = value
        self.line = line
        self.column = column

    def __repr__(self):
        return f"Token({self.kind}, {self.value!r}, {self.line}:{self.column})"


def tokenize(source):
    line = 1
    line_start = 0
    for m in MASTER.finditer(source):
        kind = m.lastgroup
        value = m.group()
        column = m.start() - line_start
        if kind == "NUMBER":
            value = float(value) if re.search(r"[.eE]", value) else int(value)
        elif kind == "NEWLINE":
            line += 1
            line_start = m.end()
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise SyntaxError(f"unexpected {value!r} at {line}:{column}")
        yield Token(kind, value, line, column)


program = "x = 3.5e2 + max(y, 42) ** 2\nz = (a - 7) % b"
try:
    for tok in tokenize(program):
        print(tok)
except SyntaxError as e:
    print("error:", e)
print([t.value for t in tokenize("1 + 2.5*(foo-3e-1)")])
try:
    print([t.kind for t in tokenize("ok = 1\nbad = 2 $ 3")])
except SyntaxError as e:
    print("error:", e)
print(MASTER.groups, MASTER.groupindex["COMMA"], [m.lastindex for m in MASTER.finditer("a1 ,")])

# ---------------------------------------------------------------- access log
LOG_LINE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \S+ (?P<user>\S+) '
    r'\[(?P<time>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<version>[\d.]+)" '
    r'(?P<status>\d{3}) (?P<size>\d+|-)'
    r'(?: "(?P<referrer>[^"]*)" "(?P<agent>[^"]*)")?$'
)

LOG = """\
192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.5 - alice [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 302 - "https://example.com/" "Mozilla/5.0 (X11)"
172.16.0.3 - - [10/Oct/2023:13:57:12 +0000] "GET /images/logo.png HTTP/2.0" 404 512
this line is garbage
192.168.1.10 - - [10/Oct/2023:14:01:00 +0000] "GET /index.html?lang=fr HTTP/1.1" 200 2410 "-" "curl/8.0"
10.0.0.5 - bob [10/Oct/2023:14:02:30 +0000] "DELETE /api/items/17 HTTP/1.1" 500 87
"""

status_counts = {}
bytes_by_ip = {}
bad = 0
for n, line in enumerate(LOG.splitlines(), 1):
    m = LOG_LINE.match(line)
    if not m:
        bad += 1
        print(f"line {n}: unparsable")
        continue
    d = m.groupdict()
    status_counts[d["status"]] = status_counts.get(d["status"], 0) + 1
    size = 0 if d["size"] == "-" else int(d["size"])
    bytes_by_ip[d["ip"]] = bytes_by_ip.get(d["ip"], 0) + size
    hour = re.search(r":(\d\d):", d["time"]).group(1)
    path = re.sub(r"\?.*", "", d["path"])
    print(f"line {n}: {d['method']:6} {path:20} {d['status']} user={d['user']} hour={hour} agent={d['agent']}")
print(sorted(status_counts.items()), bad)
print(sorted(bytes_by_ip.items(), key=lambda kv: -kv[1]))
print(sorted(set(re.findall(r"^\S+", LOG, re.M))))

# ---------------------------------------------------------------- DNA variants
def make_sequence(n, seed=42):
    alphabet = "acgt"
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(alphabet[(x >> 16) % 4])
    return "".join(out)


raw = ">ONE Homo sapiens alu\n" + "\n".join(make_sequence(60, s) for s in range(1, 300)) + "\n>TWO IUB\n" + make_sequence(20000, 7) + "\n"
print(len(raw))
seq = re.sub(r">.*\n|\n", "", raw)
print(len(seq))

VARIANTS = [
    "agggtaaa|tttaccct",
    "[cgt]gggtaaa|tttaccc[acg]",
    "a[act]ggtaaa|tttacc[agt]t",
    "ag[act]gtaaa|tttac[agt]ct",
    "agg[act]taaa|ttta[agt]cct",
    "aggg[acg]aaa|ttt[cgt]ccct",
    "agggt[cgt]aa|tt[acg]accct",
    "agggta[cgt]a|t[acg]taccct",
    "agggtaa[cgt]|[acg]ttaccct",
    "gat|atc",
    "c[ag]g",
]
for v in VARIANTS:
    print(v, len(re.findall(v, seq)))

IUB = {"tHa[Nt]": "<4>", "aND|caN|Ha[DS]|WaS": "<3>", "a[NSt]|BY": "<2>", "<[^>]*>": "|", "\\|[^|][^|]*\\|": "-"}
text = "agggtHaNtaaaND caNtHaDaNtWaSBYtHatHa"
for pat, rep in IUB.items():
    text = re.sub(pat, rep, text)
    print(text)

CODES = {"B": "(c|g|t)", "D": "(a|g|t)", "H": "(a|c|t)", "K": "(g|t)", "M": "(a|c)", "N": "(a|c|g|t)",
         "R": "(a|g)", "S": "(c|g)", "V": "(a|c|g)", "W": "(a|t)", "Y": "(c|t)"}
expanded = re.sub(r"[BDHKMNRSVWY]", lambda m: CODES[m.group()], "aBtNNy" + seq[:20].upper())
print(expanded)
print(len(re.sub("tHa[Nt]", "<4>", seq)), re.subn("gg", "GG", seq)[1])
