def worker():
    try:
        while True:
            yield "working"
    except KeyError as e:
        print("handling", repr(e))
        yield "stopped"


g = worker()
next(g)
print(g.throw(KeyError("first")))
print(g.throw(ValueError, "second"))
