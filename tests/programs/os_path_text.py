# os.path as text: nothing here asks the file system.
import os
import os.path
import posixpath
from os.path import join, split, splitext, basename, dirname, normpath

print(os.path is posixpath, os.sep, os.curdir, os.pardir, os.extsep, os.pathsep, repr(os.altsep), os.name, repr(os.linesep))
print(join("a", "b", "c.txt"), join("a/", "b"), join("a", "/abs", "c"), join("", "x"), join("a", ""), join("/"))
for p in ["a/b/c.txt", "/a/b/", "c", "/", "", "//x//y", "a.b/c", ".bashrc", "a/..", "x/y.tar.gz", "a/.hidden.txt", "..."]:
    print(repr(p), split(p), splitext(p), repr(basename(p)), repr(dirname(p)), os.path.isabs(p))
for p in ["a//b/../c/./d", "//x", "///x/y", "../../a", "/../a", "a/b/../../..", "./", "", "a/./b/.", "/a/b/c/../../d"]:
    print(repr(p), repr(normpath(p)))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a/b", "/a/b"), os.path.relpath("/x", "/a/b/c"))
print(os.path.commonprefix(["interstellar", "internet", "interval"]), repr(os.path.commonprefix([])))
print(os.path.commonpath(["/usr/lib/x", "/usr/local/y", "/usr/lib"]), os.path.commonpath(["a/b", "a/c/d"]))
print(os.path.splitdrive("/a/b"), os.path.normcase("A/B"), os.path.expanduser("~user/x") == "~user/x" or "expanded")
for bad in [lambda: os.path.commonpath([]), lambda: os.path.commonpath(["/a", "b"]), lambda: os.path.relpath("")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    join("a", 3)
except TypeError as e:
    print("TypeError:", e)
names = ["report.final.pdf", "archive.tar.gz", "README", "photo.JPG"]
by_ext = {}
for n in names:
    stem, ext = splitext(n)
    by_ext.setdefault(ext.lower(), []).append(stem)
print(sorted(by_ext.items()))
print(os.fspath("x/y"), os.cpu_count() >= 1, os.getenv("NO_SUCH_VARIABLE_HERE", "default"))
try:
    os.fspath(1.5)
except TypeError as e:
    print("TypeError:", e)
print(len(os.urandom(16)), type(os.urandom(3)).__name__, os.urandom(0), os.urandom(16) != os.urandom(16))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError:", e)
