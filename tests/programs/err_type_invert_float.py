a = 5
print(~a, -a, +a)
b = 5.0
print(-b, +b)
print(~b)
