big = [4611686018427387904, 4611686018427387903]
print(sum(big))
big.append(1)
print(len(big))
print(sum(big))
