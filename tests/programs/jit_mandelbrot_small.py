def mandel(w, h, max_iter):
    rows = []
    total = 0
    for py in range(h):
        y0 = (py / h) * 2.4 - 1.2
        row = ""
        for px in range(w):
            x0 = (px / w) * 3.2 - 2.2
            x = y = 0.0
            n = 0
            while x * x + y * y <= 4.0 and n < max_iter:
                x, y = x * x - y * y + x0, 2.0 * x * y + y0
                n += 1
            total += n
            row += " .:-=+*#%@"[n % 10] if n < max_iter else "@"
        rows.append(row)
    return rows, total
rows, total = mandel(40, 16, 60)
for r in rows:
    print(r)
print(total)
