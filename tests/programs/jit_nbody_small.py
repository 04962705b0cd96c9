import math
bodies = [[0.0, 0.0, 0.0, 0.0, 0.0, 10.0], [1.0, 0.0, 0.0, 0.0, 1.0, 0.1], [0.0, 2.0, 0.0, -0.7, 0.0, 0.05]]
dt = 0.01
for step in range(300):
    for i in range(3):
        bi = bodies[i]
        for j in range(i + 1, 3):
            bj = bodies[j]
            dx = bi[0] - bj[0]
            dy = bi[1] - bj[1]
            dz = bi[2] - bj[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            bi[3] -= dx * bj[5] * mag
            bi[4] -= dy * bj[5] * mag
            bj[3] += dx * bi[5] * mag
            bj[4] += dy * bi[5] * mag
    for b in bodies:
        b[0] += dt * b[3]
        b[1] += dt * b[4]
print("%.9f %.9f %.9f" % (bodies[1][0], bodies[1][1], bodies[2][0]))
