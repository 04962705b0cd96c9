# Subscripting built-in classes gives types.GenericAlias objects.
Matrix = list[list[float]]
print(list[int], dict[str, int], tuple[int, ...], tuple[()], type[int])
print(Matrix, dict[str, list[tuple[int, str]]], list[None], list[...])
print(str(list[int]), repr(dict[str, float]), f"{tuple[int, str]}")
print(list["Node"], dict["a", 1], list[len], list[list])
print(list[int] == list[int], list[int] == list[str], list[int] != dict[int, int])
print(list[int] == list, Matrix.__origin__, Matrix.__args__)
print(list[int]([1, 2]), dict[str, int](a=1), tuple[int, ...]("ab"))
grid: Matrix = [[0.0] * 2 for _ in range(2)]
print(grid, type(list[int]))
