def scale(values, k):
	out = []
	for v in values:
		out.append(v / k)
	return out


print(scale([1, 2], 2))
print(scale([1, 2], 0))
