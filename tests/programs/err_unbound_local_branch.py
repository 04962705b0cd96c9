def classify(n):
    if n > 0:
        label = "positive"
    elif n < 0:
        label = "negative"
    return label
print(classify(5))
print(classify(-5))
print(classify(0))
