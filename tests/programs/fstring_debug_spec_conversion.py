x = 3.14159
name = "Zoë"
w = 12
print(f"{x=:.2f}")
print(f"{x = :>{w}.3f}|")
print(f"{x=!r}", f"{x=!s}", f"{name=!s}", f"{name=!r}", f"{name=!a}")
print(f"{name=:>10}|", f"{name=!r:>10}|", f"{name = !s:<8}|")
print(f"{name=:}|", f"{name=!r:}|")
print(f"{x=:{w}}|", f"{x=:{'^'}{w}}|", f"{x=!r:^20}|")
print(f"{3.0=:g}", f"{255=:#x}", f"{1234567=:,}", f"{0.25=:.0%}")
print(f"{x:{w}.{2}f}|{x:{'>'}{w}}|")
print(f"{w:{w=}}|")
