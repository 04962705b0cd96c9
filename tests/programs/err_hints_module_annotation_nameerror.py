# At module level the value is assigned before the annotation fails.
def value():
    print("value computed")
    return 7


answer: NoSuchType = value()
print("not reached")
