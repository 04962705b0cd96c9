# Floor division and modulo take the divisor's sign, for every size.
cases = [(10 ** 20, 7), (-10 ** 20, 7), (10 ** 20, -7), (-10 ** 20, -7), (7, 10 ** 20), (-7, 10 ** 20),
         (2 ** 100, 2 ** 50 + 1), (-(2 ** 100), 3 ** 40), (2 ** 64, -3)]
for x, y in cases:
    print(x // y, x % y, divmod(x, y))
m = -9223372036854775807 - 1
print(m // -1, m % -1, divmod(m, -1))
print(divmod(10 ** 20, 2.5), divmod(-(10 ** 20), 0.75))
for op in ["//", "%", "divmod"]:
    try:
        if op == "//":
            10 ** 30 // 0
        elif op == "%":
            10 ** 30 % 0
        else:
            divmod(10 ** 30, 0)
    except ZeroDivisionError as e:
        print(op, e)
