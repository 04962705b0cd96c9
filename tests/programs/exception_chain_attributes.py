# __context__, __cause__ and __suppress_context__ as a script reads them.
def fail():
    return {}["k"]


try:
    try:
        fail()
    except KeyError:
        raise ValueError("while handling")
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__.args, e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("caused") from z
except RuntimeError as e:
    print(type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)

try:
    try:
        [][0]
    except IndexError:
        raise TypeError("hidden") from None
except TypeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

fresh = ValueError("never raised")
print(fresh.__context__, fresh.__cause__, fresh.__suppress_context__, fresh.__traceback__)
print(fresh.with_traceback(None) is fresh)


def reraise_from_caller():
    raise


try:
    try:
        int("x")
    except ValueError:
        reraise_from_caller()
except ValueError as e:
    print("re-raised", e)

try:
    try:
        1 / 0
    finally:
        {}["f"]
except KeyError as e:
    print("finally", type(e.__context__).__name__)

try:
    raise KeyError("a") from 5
except TypeError as e:
    print(e)


class Exit:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        raise OSError("in exit")


try:
    with Exit():
        1 / 0
except OSError as e:
    print("with", type(e.__context__).__name__)

for i in range(200):
    try:
        try:
            [][i]
        except IndexError:
            raise LookupError(i)
    except LookupError as e:
        last = e
print(type(last.__context__).__name__, last.args)
