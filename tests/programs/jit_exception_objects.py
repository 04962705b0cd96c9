# Exception objects made in a compiled loop (a helper call, as namedtuples are):
# raised, caught by class and base class, their args read; StopIteration(v).value.
class AppError(Exception):
    pass

class Coded(AppError):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code

def run(n):
    caught = []
    tot = 0
    for i in range(n):
        try:
            if i % 9 == 0:
                raise ValueError("nine", i)
            if i % 13 == 0:
                raise AppError(i)
            if i % 17 == 0:
                raise Coded("c", i % 5)
            if i % 19 == 0:
                raise KeyError(i)
            tot += i
        except ValueError as e:
            tot += e.args[1]
            if len(caught) < 3:
                caught.append(repr(e))
        except Coded as e:
            tot -= e.code
        except AppError as e:
            tot += len(e.args)
        except LookupError as e:
            tot += 1
            if len(caught) < 5:
                caught.append(str(e))
        e = StopIteration(i)
        tot += e.value % 3
    return tot, caught

print(run(5000))
