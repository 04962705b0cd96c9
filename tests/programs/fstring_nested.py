items = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for name, price, qty in items:
    print(f"{name:<8}|{price:>6.2f}|{qty:03d}|{price * qty:8.3f}")
width = 10
prec = 3
print(f"{3.14159265:{width}.{prec}f}|", f"{'x':^{width}}|", f"{42:{'>'}{width}}")
print(f"{'nested ' + f'{1 + 1}'}", f"{[i for i in range(3)]}", f"{ {'a': 1}['a'] }")
print(f"{10 / 4}", f"{-1:+}", f"{1e20:,.0f}", f"{12:#o}", f"{12:#b}")
