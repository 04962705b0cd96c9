pts = [(0, 0)]
pts.append((1, 1))
print(pts)
pts[0].append(2)
