import random
random.seed(5)
print(random.getrandbits(100), random.getrandbits(64), random.getrandbits(65), random.getrandbits(1000) % 10**20, random.getrandbits(31), random.getrandbits(96))
r = random.Random(3)
print([r.getrandbits(70) for i in range(3)])
