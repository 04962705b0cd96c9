import math
z = -0.0
print(z, repr(z), str(z), [z], (z,), {"k": z})
print(z == 0.0, z == 0, z < 0.0, z is z, 0.0 * -1, -1 * 0.0, 0 * -1.0, -0.0 + 0.0, -0.0 - 0.0, 0.0 - 0.0)
print(-0.0 * -0.0, -0.0 / 5, 0.0 / -5, -(0.0), -(0), abs(-0.0), abs(z) == 0.0)
print(math.copysign(1, -0.0), math.copysign(1, 0.0), math.copysign(3, z), math.sqrt(-0.0))
print(int(-0.0), round(-0.0), round(-0.4), round(-0.4, 0), round(-0.5, 0), round(-0.0001, 2))
print(-0.0 // 1, 0.0 // -1, -0.0 % 5, 0.0 % -5, -5.0 % 5, 5.0 % -5, -1e-300 % 1e300 == 1e300)
print(f"{z}", f"{z:.1f}", f"{z:g}", f"{z:e}", f"{z:+}", "%f" % z, "%.0f" % -0.4, "%g" % -0.0, "%d" % -0.0)
print(f"{-0.001:.1f}", f"{-0.04:.1f}", "%.1f" % -0.04, round(-0.04, 1), str(round(-0.04, 1)))
print(math.floor(-0.0), math.ceil(-0.5), math.trunc(-0.9), math.fabs(-0.0), -0.0 ** 2, (-0.0) ** 2)
print(min(0.0, -0.0), max(0.0, -0.0), min(-0.0, 0.0), max(-0.0, 0.0), sum([-0.0, -0.0]), sum([-0.0]))
d = {0.0: "pos"}
d[-0.0] = "neg"
print(d, {-0.0: 1, 0: 2}, 0.0 in [-0.0], hash(-0.0) == hash(0.0))
print(float("-0"), float("-0.0"), -0.0 == -0, str(-0.0 * 1e-300), 1 / -1e308 / 1e308)
