# Project Euler style: digit sums of factorials and powers, big Fibonacci.
def digit_sum(n):
    return sum(int(c) for c in str(n))

f = 1
for i in range(1, 101):
    f *= i
print(digit_sum(f))
print(digit_sum(2 ** 1000))
a, b = 1, 1
index = 2
while len(str(b)) < 1000:
    a, b = b, a + b
    index += 1
print(index)
terms = {}
for x in range(2, 31):
    for y in range(2, 31):
        terms[x ** y] = True
print(len(terms))
print(sum(int(c) for c in str(3 ** 500)), str(7 ** 300)[-10:])
s = 0
for i in range(1, 200):
    s += i ** i
print(str(s)[-10:])
