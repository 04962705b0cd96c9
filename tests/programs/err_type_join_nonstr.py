parts = ["a", "b", "c"]
print("-".join(parts))
nums = ["x", 1, 2]
print(",".join(nums))
