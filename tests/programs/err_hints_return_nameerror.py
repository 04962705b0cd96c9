# A return annotation is evaluated when the enclosing function runs `def`.
def outer():
    print("outer runs")

    def inner(x: int) -> MissingType:
        return x

    return inner


outer()
