l2 = [1]; alias = l2; l2 += [2]; l2 *= 2
print(l2, alias, alias is l2)
x = 3; x *= 2.5; print(x)
s = "ab"; s *= 2; print(s)
t = (1,); u = t; t *= 3; print(t, u, t is u)
z = [0]; z *= 0; print(z)
print(f"{123.0:.3} {12.0:.3} {100.0:.3} {1e5:.6} {1.0:.1}")
