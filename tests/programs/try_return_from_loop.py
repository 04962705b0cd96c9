def f(m):
    try:
        for k in range(6):
            if k > m:
                return k
    finally:
        pass
print(f(2), f(9))
