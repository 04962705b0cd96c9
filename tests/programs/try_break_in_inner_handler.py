for i in range(3):
    try:
        try:
            pass
        except ValueError:
            break
        raise KeyError(i)
    except KeyError as e:
        print('caught', e)
