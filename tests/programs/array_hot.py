# Arrays in hot loops: item reads and range-checked writes, iteration,
# append; an out-of-range write late in a loop raises where CPython does.
import array

pixels = array.array('B', [0] * 3000)
for i in range(len(pixels)):
    pixels[i] = (i * 7) % 256
total = 0
for p in pixels:
    total += p
acc = 0
for i in range(0, len(pixels), 3):
    acc += pixels[i] - pixels[i + 1] + 2 * pixels[i + 2]
print(total, acc, pixels[:6], pixels[-3:])

samples = array.array('d')
for i in range(2000):
    samples.append(i * 0.5 - 100.25)
mean = sum(samples) / len(samples)
floats = array.array('f', [0.0] * 1500)
for i in range(1500):
    floats[i] = i / 3
print(mean, samples[3], floats[1], floats[1499], sum(floats))

clamped = array.array('h', [0] * 1200)
for i in range(1200):
    clamped[i] = max(-32768, min(32767, (i - 600) * 61))
print(clamped[0], clamped[600], clamped[1199], clamped.count(32767), clamped.index(-32768))

big = array.array('Q', [0] * 1000)
for i in range(1000):
    big[i] = 2**64 - 1 - i
print(big[0], big[999], sum(big) % 1000003)

b = array.array('b', [0] * 2000)
for i in range(2000):
    b[i] = i // 15
