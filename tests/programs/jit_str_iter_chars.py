# Iterating strs in hot loops, comparing each character with a
# one-character literal; a non-ASCII str and a non-str value in between.
lines = ["abc,def,7a7", "x" * 40 + "7", "plain", "7777", "caf\u00e9 7", "", "7,7,7"]
sevens = 0
commas = 0
other = 0
for k in range(60):
    for line in lines:
        for ch in line:
            if ch == "7":
                sevens += 1
            elif ch != ",":
                other += 1
            else:
                commas += 1
print(sevens, commas, other)

# A slice makes a one-character str at run time: it is the same as the
# literal, so it compares equal in compiled code too.
word = "a7b7c7"
hits = 0
for k in range(300):
    for i in range(len(word)):
        if word[i:i + 1] == "7":
            hits += 1
print(hits)

vals = list("abc7") + [7, "7", 7.0]
found = 0
for k in range(100):
    for v in vals:
        if v == "7":
            found += 1
print(found)
