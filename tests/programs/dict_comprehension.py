sq = {x: x * x for x in range(6)}
print(sq)
evens = {k: v for k, v in sq.items() if k % 2 == 0}
print(evens)
inv = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inv)
pairs = {(i, j): i * j for i in range(3) for j in range(3) if i != j}
print(pairs)
print({c: "abcab".count(c) for c in "abc"})
