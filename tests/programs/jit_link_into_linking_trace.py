# Three nested loops: the innermost loop gets a trace first, the middle
# loop's trace ends by jumping into it, and the way out of the innermost
# loop grows a side trace that jumps back into the middle loop's trace.
# That jump must run the middle loop's body (its range and list lookups),
# not skip straight into the innermost trace.
def run(steps, rows):
    total = 0
    for s in range(steps):
        for i in range(len(rows)):
            row = rows[i]
            for j in range(i + 1, len(rows)):
                total += row[0] * rows[j][1] + s
        if s % 500 == 0:
            print(s, total)
    return total

print(run(3000, [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]))
