def first(items):
    try:
        return items[0]
    except IndexError:
        raise ValueError("empty list") from None


print(first([7]))
first([])
