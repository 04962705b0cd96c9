import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), repr(string.printable))
print(len(string.printable), string.capwords("hello   big world"), string.capwords("a-b-c", "-"))
count = sum(1 for ch in "Hello, World! 123" if ch in string.punctuation)
print(count, [c for c in "a1B2" if c in string.digits])
from string import ascii_lowercase as low
print(low.index("q"), {c: i for i, c in enumerate(low[:5])})
