# re over bytes: DNA-style counting and substitution as the benchmarks
# game's regex programs do, templates, split, escape, bytearray subjects
# and templates, and mixing str and bytes.
import re

seq = b">ONE Homo sapiens\nagggtaaacattttaccctgtacaattt\nGGTAAACATTTTACCC\n>TWO\naggg\n"
clean = re.sub(b">.*\n|\n", b"", seq)
print(clean, len(clean))
for variant in (b"agggtaaa|tttaccct", b"[cgt]gggtaaa|tttaccc[acg]", b"(?i)ggtaaa"):
    print(variant, len(re.findall(variant, clean)))
for code, alt in ((b"tHa[Nt]", b"<4>"), (b"a", b"<A>")):
    clean = re.sub(code, alt, clean)
print(clean[:40])
print(re.sub(rb"(\w)(\w)", rb"\2\1", b"abcdef"), re.subn(rb"(?P<x>a)", rb"[\g<x>]", b"banana"))
print(re.split(rb"[,;]\s*", b"a, b;c"), re.split(rb"(,)", b"x,y"))
print(re.escape(b"a.b*c\xff"), re.fullmatch(rb"\xff+", b"\xff\xff") is not None)
print(re.search(rb"\w+", bytearray(b"  hi there")).group(), re.findall(rb"\d", bytearray(b"a1b2")))
print(re.sub(rb"a", bytearray(b"-"), b"banana"), re.match(rb"(a)", b"a").expand(bytearray(rb"[\1]")))
for bad in (lambda: re.sub(rb"(a)", bytearray(rb"<\1>"), b"banana"),
            lambda: re.findall(r"a", b"aaa"), lambda: re.findall(rb"a", "aaa"),
            lambda: re.compile(rb"\u0041"), lambda: re.compile(rb"a", re.UNICODE)):
    try:
        bad()
    except (TypeError, ValueError, re.error) as e:
        print(type(e).__name__, e)
print(re.match(rb"(?i)\xe9", b"\xc9"), re.match(rb"\w", b"\xe9"), re.match(r"\w", "\xe9").group())
