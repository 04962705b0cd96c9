# `c in "+-*/"` in a loop: a one-character str looked up in a constant
# str. Traces answer it from a table of the ASCII characters; a needle
# that is not one ASCII character (two characters, none, an accented
# letter, an emoji) or not a str at all leaves the trace, and the answer
# is the interpreter's.
def classify(items):
    counts = {"op": 0, "space": 0, "digit": 0, "other": 0, "none": 0}
    for c in items:
        if c in "+-*/%":
            counts["op"] += 1
        elif c in " \t\n":
            counts["space"] += 1
        elif c not in "0123456789":
            counts["other"] += 1
        elif c in "":
            counts["none"] += 1
        else:
            counts["digit"] += 1
    return counts


text = "12 + 3*(45 - 6) / 7 % 8\t\n" * 40
print(classify(text))
print(classify(list(text) + ["+-", "", "é", "😀", "12", "\x7f", "\x00"] + list(text)))

# Every ASCII character against a constant holding some of them.
hits = [chr(i) for i in range(128) if chr(i) in "aZ09 _\x00\x7f~"]
print(len(hits), hits)

# A constant with characters beyond ASCII is searched as before.
print(sum(1 for c in "naïve café ü" * 30 if c in "äëïöüé"))
print(sum(1 for c in "naïve café ü" * 30 if c in "aeiou"))

# Not a str: the interpreter's TypeError, from the trace's exit.
def mixed(items):
    found = 0
    for x in items:
        try:
            if x in "abc":
                found += 1
        except TypeError as e:
            print("TypeError:", e)
            found -= 1
    return found


print(mixed(["a", "d", "b"] * 50 + [7] + ["c"] * 20 + [None, "ab", "bc", "abcd", "a"]))

# The haystack a variable that changes: no table for it.
total = 0
for i in range(200):
    hay = "xyz" if i % 3 else "abc"
    total += ("a" in hay) + ("y" not in hay) * 2
print(total)
