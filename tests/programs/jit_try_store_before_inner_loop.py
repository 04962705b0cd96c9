def main():
    z = 0
    xs = [10, 20, 30]
    for i in range(6):
        try:
            z = i
            for j in range(2):
                pass
            z = xs[5]
        except IndexError:
            pass
        print(z)
main()
