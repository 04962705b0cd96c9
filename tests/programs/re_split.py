# re.split: separators with and without groups, maxsplit, empty matches, CSV-ish data.
import re

print(re.split(r",", "a,b,,c,"))
print(re.split(r"\s*,\s*", "alpha ,beta,  gamma  , delta"))
print(re.split(r"\s+", "  leading and trailing  "))
print(re.split(r"\s+", "  leading and trailing  ".strip()))
print(re.split(r"[;,|]", "x;y,z|w"))
print(re.split(r"\d", "no digits"))
print(re.split(r"\d", ""))
print(re.split(r"x", "x"))

# capture groups keep the separators in the result
print(re.split(r"(,)", "a,b,c"))
print(re.split(r"([+\-*/])", "12+3*45-6/7"))
print(re.split(r"(\s)(\s)?", "a b  c"))
print(re.split(r"(?:,)", "a,b"))
print(re.split(r"(a)|(b)", "xaybz"))
print(re.split(r"(?P<sep>[:=])", "key=value:other"))

# maxsplit
print(re.split(r",", "a,b,c,d", maxsplit=2))
print(re.split(r",", "a,b,c,d", 1))
print(re.split(r"(,)", "a,b,c,d", maxsplit=1))
print(re.split(r",", "a,b,c", maxsplit=0))
print(re.split(r",", "a,b,c", maxsplit=10))

# empty matches split too (3.7+)
print(re.split(r"\b", "Hello, world!"))
print(re.split(r"x*", "axbc"))
print(re.split(r"x*", "axxbc"))
print(re.split(r"", "abc"))
print(re.split(r"(?=[A-Z])", "splitCamelCaseWords"))
print(re.split(r"(?<=[.!?]) ", "One. Two! Three? Four"))
print(re.split(r"^", "a\nb\nc", flags=re.M))
print(re.split(r"$", "a\nb", flags=re.M))
print(re.split(r"(?=a)|b", "xabay"))
print(re.split(r"\W*", "ab, cd"))

# flags and compiled patterns
print(re.split(r"and", "bread AND butter and Jam", flags=re.I))
p = re.compile(r"\s*[|]\s*")
print(p.split("a | b|c  |  d"), p.split("a|b|c", 1))

# parsing CSV-ish lines with quoted fields
FIELD = re.compile(r'(?:^|,)\s*("(?:[^"]|"")*"|[^,]*?)\s*(?=,|$)')

def parse_csv_line(line):
    fields = []
    for m in FIELD.finditer(line):
        value = m.group(1)
        if value.startswith('"'):
            value = value[1:-1].replace('""', '"')
        fields.append(value)
    return fields

for line in ['a,b,c', 'name, "Smith, John", 42', '"say ""hi""",x', ',,', 'single', '']:
    print(parse_csv_line(line))

# splitting a paragraph into sentences and words
text = "Dr. Who arrived. He said: 'Run!' Nobody ran... Then silence."
sentences = [s for s in re.split(r"(?<=[.!?'])\s+(?=[A-Z])", text) if s]
for s in sentences:
    print(len(re.split(r"\W+", s.strip(".!' "))), s)

# key-value records separated by blank lines
records = """name: ada
lang: python

name: bob
lang: rust


name: cy
lang: go
"""
for block in re.split(r"\n\s*\n", records.strip()):
    fields = dict(re.split(r":\s*", line, maxsplit=1) for line in block.splitlines())
    print(fields)

# splitting on multi-char unicode separators, indices stay in code points
print(re.split(r"\s*[—–·]\s*", "un — deux – trois · quatre"))
print(re.split(r"(\d+)", "第1章第22節"))
print(re.split(r"\s", "日本 語\u3000テキスト"))
