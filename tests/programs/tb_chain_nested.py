def step1():
    return 1 / 0


def step2():
    try:
        step1()
    except ZeroDivisionError as e:
        raise RuntimeError("step2 failed") from e


def step3():
    try:
        step2()
    except RuntimeError:
        data = {}
        return data["missing"]


step3()
