print("a,b,c".split(","), "a,,b,".split(","), ",".split(","), "".split(","), "abc".split(","))
print("  a  b\tc\nd  ".split(), "".split(), "   ".split(), "x".split(), "a b c d".split(None, 2))
print("a::b::c".split("::"), "a::b::c".split("::", 1), "aaa".split("a"), "a b c".split(" ", 0), "a b c".split(" ", -1))
print("one  two".split(" "), "\ttab\t".split("\t"), "1-2-3".split("-", 5), "ab".split("ab"))
words = ["alpha", "beta", "gamma"]
print(" ".join(words), "".join(words), "-".join([]), ",".join(["x"]), "::".join("abc"), "\n".join(["l1", "l2"]))
print("".join(reversed("hello")), "+".join([str(i) for i in range(5)]))
line = "name=ada; age=36; lang=python"
pairs = [p.split("=") for p in line.split("; ")]
print(pairs, dict(pairs))
csv = "1,2,3\n4,5,6\n7,8,9"
rows = [[int(x) for x in r.split(",")] for r in csv.split("\n")]
print(rows, sum([sum(r) for r in rows]))
print("|".join(["a", "", "b"]).split("|"), "a b c".split(None, 1), "a,b,c".split(",", 1))
print(", ".join([str(x) for x in [1.5, None, True]]), "-".join(["a"] * 3))
