seen = {}
for key in [(1, 2), "a", 3, [4, 5]]:
    print("checking", key)
    if key in seen:
        print("dup")
    seen[key] = True
