# s[i] of an ASCII str in a trace: the character at a non-negative or
# negative index, out-of-range indices, and strs that stop being ASCII.


def count_vowels(text):
    n = 0
    for i in range(len(text)):
        if text[i] in "aeiou":
            n += 1
    return n


def palindrome(s):
    n = len(s)
    for i in range(n // 2):
        if s[i] != s[-1 - i]:
            return False
    return True


total = 0
for k in range(200):
    total += count_vowels("the quick brown fox jumps over the lazy dog" * (k % 3 + 1))
print(total)

words = ["level", "rotor", "python", "abba", "", "x", "noon", "été", "ab"]
print([palindrome(w) for w in words * 30][:9])

# A str that changes from ASCII to not in the middle of the loop.
out = []
for i in range(300):
    s = "abc" if i < 150 else "aé€"
    out.append(s[i % 3] + s[-1])
print(out[0:4], out[150:154])

# Indices out of range raise IndexError, ints beyond 64 bits too.
s = "hello"
hits = 0
for i in range(-8, 300):
    try:
        hits += ord(s[i % 9 - 2])
    except IndexError as e:
        hits -= 1
print(hits)
try:
    print(s[2**70])
except IndexError as e:
    print("IndexError:", e)
