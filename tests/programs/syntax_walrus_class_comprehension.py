class A:
    vals = [(y := v) for v in range(3)]
