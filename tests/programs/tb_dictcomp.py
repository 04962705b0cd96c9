words = ["apple", "kiwi", ""]
print({w: len(w) for w in words})
firsts = {w: w[0] for w in words}
