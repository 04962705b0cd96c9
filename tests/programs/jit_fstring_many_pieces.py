# f-strings of more pieces than a helper call takes, built in a hot loop,
# and `is` between bools.


def main():
    out = []
    for i in range(300):
        a, b, c = i, i * 2, "x" * (i % 4)
        s = f"{a}-{b}:{c}|{a + 1}/{b + 1} {c}{c} <{i % 7}> [{a * b}] end{i}!"
        out.append(len(s))
        flag = i % 3 == 0
        if flag is True:
            out.append(1)
        if flag is not False:
            out.append(2)
    print(sum(out), s)
    print(f"{''}")


main()
