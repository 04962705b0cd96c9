items = [1, 2, 3]
for x in items:
    if len(items) < 300:
        items.append(x + len(items))
print(len(items), items[:6], items[-3:], sum(items))
queue = [0]
seen = 0
for node in queue:
    seen += 1
    if node < 250:
        queue.append(node + 1)
print(seen, queue[-1])
nums = list(range(400))
kept = []
for i in range(len(nums) - 1, -1, -1):
    if nums[i] % 3 == 0:
        del nums[i]
print(len(nums), nums[:5], nums[-3:])
