import sys
def finish(msg):
    print("finishing")
    sys.exit(msg)
print("start")
finish("fatal: stopping with a message")
print("never")
