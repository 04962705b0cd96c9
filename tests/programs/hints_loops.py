# Annotated assignments inside loops at module and function level.
total: int = 0
for i in range(5):
    square: int = i * i
    total += square
k: int = 0
while k < 3:
    label: str = "k" + str(k)
    k += 1
print(total, square, label, __annotations__)


def running_mean(values: list[float]) -> float:
    acc: float = 0.0
    n: int = 0
    for v in values:
        acc: float = acc + v
        n += 1
    return acc / n


print(running_mean([1.0, 2.0, 4.5]))
