# Reading the file system with os, os.path and pathlib (the command line
# allows files), and files opened in binary mode.
import os
import stat
from pathlib import Path

me = Path(__file__)
print(me.name, me.is_absolute(), me.exists(), me.is_file(), me.is_dir(), Path("_mod_pkg").is_dir(), Path("no_such.txt").exists())
here = me.resolve().parent
print(here.name, here.is_absolute(), Path.cwd() == here, os.getcwd() == str(here))
print("files_os_read.py" in os.listdir(), "files_os_read.py" in os.listdir("."), sorted(os.listdir("_mod_pkg")))
print(sorted(p.name for p in Path("_mod_pkg").iterdir()), sorted(str(p) for p in Path("_mod_pkg").glob("*.py")))
print(sorted(str(p) for p in Path("_mod_pkg").rglob("*.py")), sorted(str(p) for p in Path(".").glob("_mod_pkg/s*/d*.py")))
for top, dirs, files in os.walk("_mod_pkg"):
    if "__pycache__" in dirs:
        dirs.remove("__pycache__")
    print(top, sorted(dirs), sorted(f for f in files if f.endswith(".py")))
with os.scandir("_mod_pkg") as entries:
    print(sorted((e.name, e.is_dir(), e.is_file()) for e in entries if not e.name.startswith("__pycache")))
text = me.read_text()
data = me.read_bytes()
st = os.stat(me)
print(len(text) == len(data), st.st_size == len(data), os.path.getsize(__file__) == len(data), stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat("_mod_pkg").st_mode))
print(type(st).__name__, st[stat.ST_SIZE] == st.st_size, isinstance(st.st_mtime, float), len(st), os.path.getmtime(me) == st.st_mtime)
with open(me, "rb") as f:
    print(f.read(8), f.tell(), f.seek(2), f.read(6), f.seekable(), f.readline()[-1:], f.tell() > 0)
    print(f.seek(-4, 2) == len(data) - 4, f.read(), f.read(), f.seek(0, 1) == len(data), repr(f.mode), f.name == str(me))
print(f.closed)
with open(__file__) as f:
    first = f.readline()
    mark = f.tell()
    second = f.readline()
    f.seek(mark)
    print(f.readline() == second, f.seek(0), f.readline() == first, f.seek(0, 2) == len(data))
    try:
        f.seek(3, 1)
    except OSError as e:
        print(type(e).__name__, e)
lines = [line for line in open(me, "rb")]
print(len(lines) == text.count("\n"), lines[0][:8], ord(lines[0][:1]), ord(bytearray(b"z")))
for bad in ["no_such_dir/x.txt", "_mod_pkg"]:
    try:
        open(bad, "rb")
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e)
try:
    os.stat("no_such.txt")
except FileNotFoundError as e:
    print(e.errno, e.filename, e.args)
try:
    os.listdir("files_os_read.py")
except NotADirectoryError as e:
    print("NotADirectoryError:", e)
try:
    open(me, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError:", e)
try:
    ord(b"ab")
except TypeError as e:
    print("TypeError:", e)
e = OSError(2, "No such file or directory", "x.txt")
print(e, e.args, e.errno, e.strerror, e.filename, OSError("plain").errno, OSError(1, "a", "b", None, "c"))
print(issubclass(FileExistsError, OSError), issubclass(BrokenPipeError, ConnectionError), IOError is OSError, EnvironmentError is OSError)
