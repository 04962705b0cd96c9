x = 5
print(f"{x:{x:{x}}}")
