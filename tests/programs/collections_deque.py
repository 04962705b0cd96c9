from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d, list(d), [x * 2 for x in d])
d[0] = 100
del d[1]
print(d, d.count(5), d.index(5))
d.remove(5)
d.insert(1, "x")
d.reverse()
print(d, bool(d), bool(deque()))
d.clear()
print(d, len(d))
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
print(m)
m.appendleft(-1)
print(m)
m.extend([20, 21])
print(m)
print(deque(maxlen=0), deque("abc"), deque([[1, 2], "s"]))
e = deque([1, 2])
print(e == deque([1, 2]), e == deque([2, 1]), e == [1, 2], e != deque([1]))
c = e.copy()
c.append(3)
print(e, c, type(c))
q = deque()
for i in range(5000):
    q.append(i)
    if i % 3 == 0:
        q.appendleft(-i)
total = 0
while q:
    total += q.popleft()
    if q:
        total -= q.pop() // 2
print(total)
print(deque([1, 2]), repr(deque([3], 5)))
print(sum(deque(range(100))), max(deque([3, 9, 2])), sorted(deque([3, 1, 2])))
a, b, c2 = deque([7, 8, 9])
print(a, b, c2)
it = iter(deque([1]))
print(next(it), type(deque()))

def show(f):
    try:
        print("ok", f())
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)

show(lambda: deque().pop())
show(lambda: deque().popleft())
show(lambda: deque([1]).remove(5))
show(lambda: deque([1]).index(5))
show(lambda: deque([1])[5])
show(lambda: deque(1))
show(lambda: deque([1], -1))
show(lambda: deque([1], "a"))
show(lambda: deque([1]).rotate("a"))
show(lambda: deque(x=1))
show(lambda: deque([1], maxlen=2, x=1))
show(lambda: deque([1, 2]).insert(5))
show(lambda: deque([1], 1).insert(0, 2))
show(lambda: hash(deque()))
def mutate():
    dd = deque([1, 2, 3])
    for x in dd:
        dd.append(x)
show(mutate)
