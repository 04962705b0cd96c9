# str predicates on ASCII text (read byte by byte) and on other text,
# and str ordering in loops, as the interpreter's shortcuts and the
# general paths must agree.
samples = ["", "a", "Z", "abc", "ABC", "aBc", "a1", "A1", "123", "1a", "  ",
           " \t\n\r\x0b\x0c", "\x1c\x1d\x1e\x1f", "\x85", "\xa0", "ß", "Σς",
           "ǅ", "ǅa", "Ab", "hello world", "HELLO WORLD", "x_y", "٣", "²",
           "½", "Ⅷ", "é", "É", "éA", "abc\x00", "_", "a b"]
names = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric",
         "isspace", "islower", "isupper", "istitle", "isascii",
         "isidentifier", "isprintable"]
for s in samples:
    row = "".join("1" if getattr(s, n)() else "0" for n in names)
    print(repr(s), row)

# In a hot loop, character by character.
text = "The Quick brown fox, 42 times: ÉLAN vital\t\x1c!"
counts = [0] * 8
for _ in range(30):
    for ch in text:
        if ch.islower():
            counts[0] += 1
        elif ch.isupper():
            counts[1] += 1
        if ch.isalpha():
            counts[2] += 1
        if ch.isdigit():
            counts[3] += 1
        if ch.isspace():
            counts[4] += 1
        if ch.isalnum():
            counts[5] += 1
        if "a" <= ch.lower() <= "m":
            counts[6] += 1
        if ch > "Z" or ch <= " ":
            counts[7] += 1
print(counts)

# Orderings of strs, one character and longer, ASCII and not.
words = ["b", "a", "ab", "", "aa", "é", "z", "Z", "ä", "abc", "ab\x00", "\U0001f600", "\uffff"]
table = []
for x in words:
    for y in words:
        table.append((x < y) + 2 * (x <= y) + 4 * (x > y) + 8 * (x >= y))
print(table)
print(sorted(words))
print(min(words), max(words))
lows = 0
for i in range(200):
    w = words[i % len(words)]
    if "a" <= w < "b":
        lows += 1
print(lows)

# A str against another type: no order.
for other in [1, 1.5, None, ["a"], ("a",)]:
    try:
        print("a" < other)
    except TypeError as e:
        print("TypeError:", e)
try:
    for i in range(50):
        v = "x" if i < 40 else 3
        v <= "y"
except TypeError as e:
    print("TypeError:", e, i)

# isprintable character by character, in a loop the JIT compiles.
printable = 0
for _ in range(20):
    for ch in "tab\there, bell\x07, del\x7f, nbsp\xa0, ok ~":
        if ch.isprintable():
            printable += 1
print(printable)
