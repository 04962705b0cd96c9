print(pow(2, 62), pow(3, 39), pow(-3, 39), pow(7, 22))
print(pow(3, 40, 1000000007))
print(pow(3, 40))
