def work(n):
    try:
        print("working", n)
        return 10 // n
    finally:
        print("cleanup", n)

print(work(2))
print(work(0))
