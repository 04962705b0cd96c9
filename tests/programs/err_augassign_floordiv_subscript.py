xs = [1, 2, 3]
for i in range(60):
    xs[i % 3] **= 1
xs[0] //= "y"
