print(isinstance([], list | None))
print(isinstance([], list[int]))
