nums = [3, 1, 2]
s = nums.sort()
print(nums, s)
s.append(4)
