import sys
for i in range(3):
    print("iteration", i)
    if i == 1:
        sys.exit()
print("never reached")
