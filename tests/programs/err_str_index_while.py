s = "hello"
i = 0
out = ""
while True:
    out = s[i] + out
    i += 1
    print(out)
