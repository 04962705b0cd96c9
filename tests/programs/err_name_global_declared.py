def setup():
    global config
    print("setup skipped")
def read():
    global config
    return config
setup()
print(read())
