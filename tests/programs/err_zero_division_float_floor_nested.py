def steps(length, step):
    return length // step
def plan(segments):
    for length, step in segments:
        print(length, step, steps(length, step))
plan([(10.0, 2.5), (7.5, -2.0), (3.0, 0.0)])
