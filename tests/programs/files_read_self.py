# Reads its own source: open() is allowed on the command line.
with open("files_read_self.py") as f:
    first = f.readline()
    rest = f.readlines()
print(repr(first))
print(len(rest), repr(rest[-1]))
f = open("files_read_self.py", "r", encoding="utf-8")
text = f.read()
f.close()
print(len(text), text.count("\n"), f.closed)
count = 0
for line in open("files_read_self.py"):
    count += len(line)
print(count == len(text))
f = open("files_read_self.py")
print(repr(f.read(10)), repr(f.readline()), repr(f.readline(5)))
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open("no_such_file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    open("files_read_self.py", "q")
except ValueError as e:
    print("ValueError:", e)
try:
    open(".")
except IsADirectoryError as e:
    print("IsADirectoryError:", e)
except OSError as e:
    print("OSError:", e)
open("no_such_file.txt")
