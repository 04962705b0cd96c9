grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
print(grid)
grid[3][0] = 1
