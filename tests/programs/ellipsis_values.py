# `...` is the one Ellipsis object, usable as a value and as a body.
x = ...
print(x, type(x), x is ..., ... == ..., bool(...), repr(...), str(...))
print([..., 1], (...,), {...: "dots"}[...], f"{...}", hash(...) == hash(...))


def todo():
    ...


def stub(a: int) -> str: ...


print(todo(), stub(1), tuple[int, ...], ... != None)
