samples = ["plain", "it's", 'say "hi"', "both ' and \"", "", "'", '"', "''", '""', "'\"'", "a\\b"]
for s in samples:
    print(repr(s), len(s))
print(samples)
print(("it's",), {"k'": 'v"'}, [['nested "q"']])
print(str("it's"), "%r" % "it's", f"{samples[2]!r}", "%s" % ["'"])
print(repr(repr("a")), repr(str(1)), repr("1"), [str(1.5)], [repr(1.5)])
print(repr('\''), repr("\""), repr('\'"'), repr("a'b\"c"))
