slots = [None] * 3
for i in range(5):
    print("filling", i)
    slots[i] = i * i
