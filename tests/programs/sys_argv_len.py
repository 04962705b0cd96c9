import sys
print(len(sys.argv), type(sys.argv), type(sys.argv[0]), sys.argv[0].endswith(".py"))
args = sys.argv[1:]
print(args, len(args))
n = int(sys.argv[1]) if len(sys.argv) > 1 else 25
print("n =", n)
total = 0
for i in range(n):
    total += i
print(total)
