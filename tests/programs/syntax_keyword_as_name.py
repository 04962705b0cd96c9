x = 1
def = 5
print(def)
