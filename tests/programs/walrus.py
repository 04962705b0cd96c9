# Assignment expressions (`:=`): where they may stand, what they bind, in
# which scope, and in loops the JIT compiles.

# In a `while` condition: the classic read-until-sentinel loop.
data = [3, 1, 4, 1, 5, 9, 2, 6, 0, 7]
pos = 0
total = 0
while (item := data[pos]) != 0:
    total += item
    pos += 1
print("sum before sentinel", total, "last", item)

# In an `if` condition, unparenthesized.
def classify(n):
    if r := n % 3:
        return f"{n} leaves {r}"
    elif (q := n // 3) > 2:
        return f"{n} is 3*{q}"
    return "small"

print([classify(n) for n in range(10)])

# Comprehensions bind the name in the enclosing function.
def first_long(words):
    if any(len(hit := w) > 4 for w in words):
        return hit
    return None

print(first_long(["a", "tree", "branch", "leafy"]), first_long(["x"]))

def running(values):
    acc = 0
    sums = [acc := acc + v for v in values]
    return sums, acc

print(running([1, 2, 3, 4]))

# At module level a comprehension's `:=` binds a global.
squares = [(last := k * k) for k in range(6)]
print(squares, last)

# Filtering on a computed value, reusing it.
def costly(x):
    return x * x - 10

kept = [y for x in range(8) if (y := costly(x)) > 0]
print(kept, y)

# Nested comprehensions: the name reaches the function through both.
def grid():
    cells = [[(seen := (r, c)) for c in range(3)] for r in range(2)]
    return cells, seen

print(grid())

# In call arguments, displays, subscripts, tuples and f-strings.
print(max(n := 5, 3), n)
items = [a := 1, b := a + 1, a + b]
print(items, {c := "k", c * 2}, (d := 4, d + 1))
table = [10, 20, 30, 40]
print(table[i := 2], i)
print(f"{(w := 7) * 2} {w}")

# The value is the whole expression; `:=` binds loosest.
if (z := 3 if items else 4) and z > 2:
    print("z", z)
print((m := [1, 2]) is m)

# A closure sees the variable a comprehension bound.
def counter():
    [(best := v) for v in (4, 8, 2)]
    def show():
        return best
    return show()

print(counter())

# Under `global` the comprehension binds the global.
def set_global():
    global g
    [(g := v) for v in range(3)]

set_global()
print(g)

# A loop the JIT compiles: `:=` in the condition and in the body.
def scan(n):
    found = 0
    i = 0
    while (i := i + 1) < n:
        if (rem := i % 7) == 3:
            found += rem
    return found, i

print(scan(50000))

def collatz_max(limit):
    best = 0
    for start in range(1, limit):
        steps = 0
        x = start
        while (x := x // 2 if x % 2 == 0 else 3 * x + 1) != 1:
            steps += 1
        if (s := steps + 1) > best:
            best = s
    return best

print(collatz_max(3000))

# Generator expressions run later, and bind when they run.
def lazy():
    gen = ((t := v * 2) for v in range(3))
    total = sum(gen)
    return total, t

print(lazy())

# Lambdas are scopes of their own.
f = lambda v: (u := v + 1) * u
print(f(3))
