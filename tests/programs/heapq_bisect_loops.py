import heapq
import bisect

nums = [(i * 7919) % 1009 for i in range(2000)]
print(heapq.nsmallest(5, nums), heapq.nlargest(5, nums))
k = 10
top = []
for v in nums:
    if len(top) < k:
        heapq.heappush(top, v)
    else:
        heapq.heappushpop(top, v)
print(sorted(top))
merged = list(heapq.merge(sorted(nums[:700]), sorted(nums[700:1400]), sorted(nums[1400:])))
print(merged == sorted(nums), merged[:5])
events = []
for i in range(1000):
    heapq.heappush(events, ((i * 37) % 101, i, "e%d" % i))
first = [heapq.heappop(events)[2] for _ in range(8)]
print(first, len(events))
sorted_nums = []
for v in nums[:1500]:
    bisect.insort(sorted_nums, v)
print(sorted_nums == sorted(nums[:1500]), bisect.bisect_left(sorted_nums, 500), bisect.bisect_right(sorted_nums, 500))
lis = []
for v in nums:
    i = bisect.bisect_left(lis, v)
    if i == len(lis):
        lis.append(v)
    else:
        lis[i] = v
print(len(lis))
