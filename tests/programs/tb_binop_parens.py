def area(w, h):
    return ((w)) * (h) + (w - h) % (h - h)


print(area(3, 4) )
