# A generator stepped inline by a compiled loop (all() over a genexpr) calls a
# function with a loop of its own, through that function's entry trace: the
# generator's frame is made before the call (this crashed the process).
def has_loop(s):
    i = 0
    n = 0
    while i < len(s):
        n += 1
        i += 1
    return n


data = {"ab": 2, "abc": 3, "racecar": 7}
t = 0
for r in range(300):
    t += all(has_loop(k) == v for k, v in data.items())
print(t)
