# A list finds a nan it holds when asked for that same float object (the
# identity test before ==), and never a different nan object: nan != nan.
nan = float("nan")
other = float("nan")
xs = [1.0, nan, 2.0]
print(nan in xs, other in xs, xs.count(nan), xs.count(other), xs.index(nan))
print(xs == xs, xs == [1.0, nan, 2.0], xs == [1.0, other, 2.0], [nan] == [other])
ys = [nan] * 3
print(ys.count(nan), ys.count(other), other in ys)
zs = [float("nan") for _ in range(3)]
print(zs.count(zs[0]), zs[1] in zs, float("nan") in zs)
same = nan
print(same in [nan], [same] == [nan], (nan,) == (same,), (nan,) == (other,))
