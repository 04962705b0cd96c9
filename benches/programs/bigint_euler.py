# Project-Euler-style big-int work, written as a Python user would: digit
# sums of factorials and powers, the first Fibonacci number with 10**4
# digits, distinct powers, and self powers modulo 10**10. The argument is
# the number of rounds (each round's sizes vary a little, so no round
# repeats another). Every decimal conversion stays under CPython's
# 4300-digit limit.
import sys


def digit_sum(n):
    return sum(int(d) for d in str(n))


def factorial_digit_sum(n):
    f = 1
    for k in range(2, n + 1):
        f *= k
    return digit_sum(f)


def power_digit_sum(base, exp):
    return digit_sum(base ** exp)


def first_fibonacci_with_digits(digits):
    a, b = 1, 1
    index = 2
    limit = 10 ** (digits - 1)
    while b < limit:
        a, b = b, a + b
        index += 1
    return index


def distinct_powers(n):
    seen = {}
    for a in range(2, n + 1):
        for b in range(2, n + 1):
            seen[a ** b] = True
    return len(seen)


def self_powers(n):
    total = 0
    for k in range(1, n + 1):
        total += pow(k, k, 10 ** 10)
    return total % 10 ** 10


def main(rounds):
    sums = [0, 0, 0, 0, 0]
    for r in range(rounds):
        sums[0] += factorial_digit_sum(1000 + r % 50)
        sums[1] += power_digit_sum(2, 10000 + r)
        sums[2] += first_fibonacci_with_digits(10000 - r % 7)
        sums[3] += distinct_powers(100 + r % 3)
        sums[4] += self_powers(1000 + r)
    for s in sums:
        print(s)


main(int(sys.argv[1]))
