def initial(word):
    return word[0]
def initials(words):
    return "".join([initial(w) for w in words])
def report(words):
    print(initials(words))
report(["read", "until", "missing"])
report(["ok", "", "x"])
