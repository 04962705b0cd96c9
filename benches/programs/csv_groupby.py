# Group-by over CSV records, the way a Python user summarises a log: each
# record is formatted as a "city,day,temperature" line with an f-string,
# split on commas, parsed with int() and float(), and folded into a dict of
# (count, total, low, high) tuples; the report is sorted by mean with a key
# function and formatted with f-string format specs.
import sys
# Numba's nopython mode refuses this program (the manifest's no_numba says
# why), and so does Rumba's strict @njit: its functions are object-mode
# @jit(forceobj=True), which both run as written.
from numba import jit

CITIES = ("Oslo", "Lima", "Pune", "Kyiv", "Nice", "Baku",
          "Doha", "Riga", "Suva", "Lome", "Apia", "Male")


@jit(forceobj=True)
def make_record(day, seed):
    # The city and the reading come from a MINSTD stream (products below
    # 2^53, so the Lua twin is exact); each city has its own climate.
    seed = seed * 16807 % 2147483647
    index = seed % len(CITIES)
    seed = seed * 16807 % 2147483647
    temperature = (index * 20 - 100 + seed % 301) / 10
    return f"{CITIES[index]},{day},{temperature:.1f}", seed


@jit(forceobj=True)
def csv_groupby(n):
    stats = {}
    warmest = (-1000.0, 0, "")
    seed = 42
    for day in range(n):
        line, seed = make_record(day, seed)
        city, day_text, reading = line.split(",")
        temperature = float(reading)
        count, total, low, high = stats.get(city, (0, 0.0, temperature, temperature))
        stats[city] = (count + 1, total + temperature, min(low, temperature), max(high, temperature))
        warmest = max(warmest, (temperature, int(day_text), city))
    ranked = sorted(stats.items(), key=lambda item: item[1][1] / item[1][0])
    report = [f"{city} {low:.1f} {total / count:.3f} {high:.1f}"
              for city, (count, total, low, high) in ranked]
    return report, warmest


n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
report, (temperature, day, city) = csv_groupby(n)
print(", ".join(report[:3]))
print(f"warmest {temperature:.1f} on day {day} in {city}")
