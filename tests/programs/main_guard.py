import sys
def helper(x):
    return x * 3
def main():
    print("in main", __name__ == "__main__")
    print(helper(14))
    return 0
print("module level first", __name__)
if __name__ == "__main__":
    rc = main()
    print("rc", rc)
else:
    print("imported")
if __name__ != "__main__":
    print("not printed")
