class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

v = Vec(1, 2)
print(v.x)
print(v.z)
