x = 5
print(f"{x = y}")
