# NameError reports suggest a close name: the frame's locals first, then
# the module's globals, then the built-ins (CPython 3.11's rules); str(e)
# never carries the suggestion.
counter_total = 0


def accumulate(values):
    running_sum = 0
    for v in values:
        running_sum += v
    try:
        return runing_sum
    except NameError as e:
        if v == 0:
            print("caught:", e)
    return running_sum


for i in range(2000):
    counter_total += accumulate([i, 1])
print(counter_total)

try:
    lenn([1])
except NameError as e:
    print(str(e), e.args)


def report(items):
    total_count = len(items)
    return total_cuont + conter_total


print(report([1, 2]))
