# A hot loop inlines the function a global names; the global is then
# rebound to other functions (the old ones become garbage) while the loop
# keeps running: every call must reach the function the global names now.
def make(k):
    def f(x):
        return x * k
    return f

g = make(1)
total = 0
for i in range(3000):
    total += g(i)
    if i % 500 == 499:
        g = make(i)
        junk = [[j] for j in range(2000)]
print(total)
