# `=` in an f-string field prints the expression as written, then its
# repr (or, with a conversion or a format spec, that).
x = 3.14159
name = "Zoë"
items = [1, 2, 3]
w = 10
print(f"{x=}")
print(f"{x = }")
print(f"{ x = }")
print(f"{x    =    }|")
print(f"{name=}")
print(f"{items=}, {len(items)=}")
print(f"{1+2=}")
print(f"{x==3=}", f"{x!=3=}", f"{x<=3=}", f"{x>3=}", f"{x >= 3 = }")
print(f"{items[0]=} {items[-1] * 2=}")
print(f"{'a'=} {None=} {True=}")
print(f"{w=}{x=}")
print(f"{dict(a=1)=}")
print(f"{(lambda: 1)()=}")
print(f"{[i for i in range(3)]=}")
print(f"{x=}" f"{name=}" "plain")
print(f"""{x
=}""")
print(f"{w:=^20}")
print(f"{{x=}}")
