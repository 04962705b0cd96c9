float('x1')
