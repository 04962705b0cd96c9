print(int | None)
print(int | "str")
