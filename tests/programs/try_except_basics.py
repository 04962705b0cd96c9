def parse(s):
    try:
        return int(s)
    except ValueError as e:
        print("bad:", e)
        return None
    finally:
        print("parsed", s)

print(parse("12"), parse("x1"))

def lookup(d, k):
    try:
        v = d[k]
    except KeyError as e:
        print("missing", e, repr(e), e.args)
        v = -1
    else:
        print("found")
    return v

print(lookup({"a": 1}, "a"), lookup({"a": 1}, "b"))

class AppError(Exception):
    pass

def risky(n):
    if n % 3 == 0:
        raise AppError(f"n={n}")
    if n % 3 == 1:
        return 10 // (n - 1)
    return n

total = 0
for i in range(20):
    try:
        total += risky(i)
    except AppError as e:
        total += 100
    except ZeroDivisionError:
        total += 1000
    except (TypeError, ValueError):
        total += 5
print(total)

def nested():
    try:
        try:
            [][1]
        except KeyError:
            print("no")
        finally:
            print("inner finally")
    except IndexError as e:
        print("outer caught", type(e).__name__, e)
        try:
            raise
        except IndexError:
            print("re-raised and caught")
nested()

def loop_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out
print(loop_finally())

def ret_finally():
    try:
        return "body"
    finally:
        print("cleanup")
print(ret_finally())

try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
try:
    1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e)
try:
    raise KeyError("k")
except LookupError as e:
    print("lookup", repr(e))
try:
    {}["zz"]
except Exception as e:
    print(repr(e), str(e))
x = 0
while True:
    try:
        x += 1
        if x > 3:
            raise StopIteration
    except StopIteration:
        break
print(x)
try:
    try:
        raise ValueError("a")
    finally:
        print("fin")
except ValueError as e:
    print("got", e)
print("e" in dir() if False else "done")
