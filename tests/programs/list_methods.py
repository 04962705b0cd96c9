a = []
a.append(1)
a.append([2, 3])
a.extend([4, 5])
a.extend((6,))
a.extend("xy")
a.extend(range(2))
print(a, len(a))
a.insert(0, "first")
a.insert(len(a), "last")
a.insert(-1, "before-last")
a.insert(99, "end")
a.insert(-99, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(-1), a.pop(2), a)
print(a.index(4), a.index("x"), a.count(1), a.count("nothing"), a.index(0, 3))
a.remove("x")
a.remove(1)
print(a)
b = [3, 1, 2]
b.reverse()
print(b, b.reverse(), b)
c = b.copy()
c.append(9)
print(b, c, b.clear(), b, c.sort(), c)
nums = [5, -3, 2, -8, 7, 0]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda v: -abs(v), reverse=True)
print(nums)
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len)
print(words, sorted(words), sorted(words, reverse=True))
stack = []
push = stack.append
pop = stack.pop
for i in range(4):
    push(i * i)
print(stack, pop(), pop(), stack)
print([1, 2].append(3), [3, 1].sort(), [].extend([]))
