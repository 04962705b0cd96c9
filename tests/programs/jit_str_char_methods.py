# isalpha(), isdigit(), lower(), upper() and the other character tests of
# one-character strs in hot loops, compiled as table reads: every ASCII
# character gives the interpreter's answer, and longer or non-ASCII strs
# met mid-loop go the method's own way.
chars = [chr(c) for c in range(128)]
rows = []
for c in chars * 3:
    rows.append((c.isalpha(), c.isdigit(), c.isspace(), c.isupper(), c.islower(),
                 c.isalnum(), c.isdecimal(), c.isnumeric(), c.lower(), c.upper()))
print(len(rows), sum(sum(1 for v in r[:8] if v) for r in rows))
print("".join(r[8] for r in rows[:128]) == "".join(chars).lower())
print("".join(r[9] for r in rows[:128]) == "".join(chars).upper())
print([i for i, r in enumerate(rows[:128]) if r[2]])
text = "Hello, World! 42 \u00e9\u00c9 \u0661\u0662 ab" * 30
freq = {}
for ch in text:
    if ch.isalpha():
        freq[ch.lower()] = freq.get(ch.lower(), 0) + 1
    elif ch.isdigit():
        freq["#"] = freq.get("#", 0) + 1
print(sorted(freq.items()))
mixed = ["a", "B", "7", "ab", "", "\u00e9", " ", "\t", "Z9"] * 40
print(sum(s.isalpha() for s in mixed), [s.upper() for s in mixed[:9]], [s.isspace() for s in mixed[:9]])


def is_pangram(input_str="The quick brown fox jumps over the lazy dog"):
    frequency = set()
    input_str = input_str.replace(" ", "")
    for alpha in input_str:
        if "a" <= alpha.lower() <= "z":
            frequency.add(alpha.lower())
    return len(frequency) == 26


print(sum(is_pangram() for _ in range(200)), is_pangram("abc"))
