from __future__ import annotations


def collatz_len(n: int) -> int:
    steps: int = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def longest(limit: int) -> tuple[int, int]:
    best: int = 0
    arg: int = 0
    for start in range(1, limit):
        length: Whatever = collatz_len(start)
        if length > best:
            best, arg = length, start
    return arg, best


print(longest(3000), collatz_len.__annotations__, longest.__annotations__)
