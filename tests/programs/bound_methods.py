stack = []
push = stack.append
pop = stack.pop
for i in range(5):
    push(i)
print(stack, pop(), pop(), stack)
words = []
add = words.append
for w in "the quick brown fox".split():
    add(w.upper())
print(words)
s = "hello world"
up = s.upper
find = s.find
print(up(), find("o"), find("o", 5))
d = {"a": 1}
get = d.get
setd = d.setdefault
print(get("a"), get("b", 0), setd("b", 2), d)
joiner = ", ".join
print(joiner(["x", "y", "z"]))
ext = stack.extend
ext([7, 8])
print(stack, len(stack))
methods = [stack.reverse, stack.sort]
for m in methods:
    m()
    print(stack)
counter = {}
inc = counter.get
for ch in "banana":
    counter[ch] = inc(ch, 0) + 1
print(counter)
lst = [3, 1, 2]
srt = lst.sort
srt(reverse=True)
print(lst)
