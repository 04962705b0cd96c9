def withdraw(balance, amount):
    assert amount > 0, "amount must be positive"
    assert amount <= balance, "insufficient funds: " + str(balance) + " < " + str(amount)
    return balance - amount
b = 100
b = withdraw(b, 30)
print(b)
b = withdraw(b, 80)
print(b)
