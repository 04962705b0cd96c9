# timeit with statements as text (setup importing from __main__, globals=)
# and as callables; what is printed does not depend on the timings.
import timeit
def f(n):
    return sum(range(n))
t = timeit.timeit("f(100)", setup="from __main__ import f", number=1000)
print(type(t).__name__, t >= 0)
t2 = timeit.timeit(lambda: f(50), number=200)
print(t2 >= 0)
r = timeit.repeat("x = [i * i for i in range(50)]", repeat=3, number=100)
print(len(r), all(v >= 0 for v in r))
tm = timeit.Timer("y = a + b", setup="a = 1\nb = 2")
print(tm.timeit(1000) >= 0)
print(timeit.timeit("z = q * 2", globals={"q": 21}, number=10) >= 0)
n, secs = timeit.Timer("pass").autorange()
print(n >= 1, secs >= 0.2)
try:
    timeit.timeit("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
print(timeit.default_timer() > 0)
