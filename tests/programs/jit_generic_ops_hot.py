# Operations a trace runs through the interpreter's own functions: str
# building, dict counting, membership, built-in methods, built-ins that
# make new objects.
counts = {}
seed = 7
for i in range(3000):
    seed = (seed * 16807) % 2147483647
    word = "w" + str(seed % 50)
    if word in counts:
        counts[word] += 1
    else:
        counts[word] = 1
print(len(counts), max(counts.values()), counts.get("w7", -1))

parts = []
line = ""
for i in range(400):
    s = str(i) * 2
    if "7" in s:
        parts.append(s.upper() + "-" + repr(i))
    line = line + s[0]
print(len(parts), parts[:3], len(line), line[-10:])

nums = [5, 3, 9, 1]
acc = 0
for i in range(300):
    nums.insert(0, i % 11)
    if 9 in nums:
        acc += nums.index(9)
    nums.remove(nums[0])
    acc += sum(nums) + len(sorted(nums))
    nums.reverse()
print(acc, nums)

grid = {}
for i in range(500):
    key = (i % 7, i % 3)
    grid[key] = grid.get(key, 0) + i
print(sorted(grid.items())[:4], len(grid))

total = 0
for i in range(500):
    t = (i, i + 1) + (i * 2,)
    total += t[2] - t[0] + divmod(i, 7)[1]
print(total)
