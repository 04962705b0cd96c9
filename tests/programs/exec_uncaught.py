# An error raised inside exec()'d text: the traceback names "<string>".
def run(text):
    exec(text)


run("a = 1\nb = a / 0")
