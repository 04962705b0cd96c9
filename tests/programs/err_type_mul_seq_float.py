width = 10
print("=" * width)
half = width / 2
print("-" * half)
