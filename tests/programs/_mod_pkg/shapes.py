def square(v):
    return v * v


KIND = "shapes in " + __package__
