rate = 0.5
amount = 10
print(amount * rate)
print(rate(amount))
