# A `finally` body runs on every way out of its `try`; the compiler emits
# it once for each (the normal end, the exception path, each return, break
# and continue), and every copy must find the scopes of the lambdas,
# comprehensions, functions and classes written inside it.


def leave_by_return(n):
    xs = [5, 20, 30]
    try:
        print("working", n)
        return 10 // n
    finally:
        return max(x * 2 for x in xs if x > 10)


print(leave_by_return(0))
print(leave_by_return(2))


def loop_exits():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
        finally:
            f = lambda: [i * k for k in range(2)]
            out.append((f(), sorted({j for j in range(i)}), {j: j * j for j in range(i)}))

            def h(m=i):
                return m + 100

            class Box:
                size = h()

                def twice(self):
                    return [self.size * 2 for _ in range(1)]

            out.append(Box().twice())
    return out


for item in loop_exits():
    print(item)


def nested(n):
    try:
        try:
            if n:
                return "inner"
        finally:
            print("inner finally", [c.upper() for c in "ab"])
    finally:
        print("outer finally", list(map(lambda v: v + 1, range(3))))


print(nested(1))
print(nested(0))


def in_generator():
    try:
        yield 1
        return
    finally:
        print("gen finally", sum(k for k in range(5)))


print(list(in_generator()))
