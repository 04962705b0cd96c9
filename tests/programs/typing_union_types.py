# `|` between classes gives types.UnionType: flattened, without repeats.
IntOrStr = int | str
print(int | None, None | int, int | str | None, list[int] | None)
print(int | int, int | str | int, (int | str) | (str | float), IntOrStr | bytes if False else IntOrStr)
print(type(int | None), (int | None) == (None | int), (int | str) == (str | int))
print((int | str).__args__, (int | None).__args__, (int | str) == (int | float))
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str))
print(isinstance(True, int | float), isinstance("s", (float, int | str)))
maybe: int | None = None
print(maybe, __annotations__)


def parse(text: str) -> int | None:
    return int(text) if text.isdigit() else None


print(parse("42"), parse("x"), parse.__annotations__)
