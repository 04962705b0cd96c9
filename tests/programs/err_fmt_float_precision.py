# A float precision past C's INT_MAX.
print(f"{1.5:.3000000000f}")
