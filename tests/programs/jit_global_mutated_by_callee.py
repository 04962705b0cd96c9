state = 0
mode = "int"
def step(i):
    global state, mode
    if i == 250:
        mode = "float"
        state = float(state)
    if i == 500:
        mode = "reset"
        state = 0
    state += 1
total = 0
for i in range(750):
    step(i)
    total += state
    if i in (249, 250, 499, 500, 749):
        print(i, mode, state, total)
