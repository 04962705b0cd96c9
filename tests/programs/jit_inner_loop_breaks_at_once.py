# The inner loop breaks out on its second pass, every time: its recording
# must be retried until it starts on a pass that goes round.
total = 0
for i in range(20000):
    for j in range(100):
        total += j
        if j == 1:
            break
print(total)
