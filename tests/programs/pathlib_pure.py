# pathlib's pure paths: parts, names, suffixes, joining and comparing.
from pathlib import PurePath, PurePosixPath, Path

p = PurePosixPath("/usr/lib/python3.11/os.py")
print(p, repr(p), p.parts, p.name, p.suffix, p.stem, p.parent, p.anchor, p.root, repr(p.drive))
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents)
print(p.with_suffix(".txt"), p.with_name("sys.py"), p.with_stem("posixpath"), p.relative_to("/usr"), p.relative_to("/usr/lib/"))
print(p.is_absolute(), PurePath("a/b").is_absolute(), p.is_relative_to("/usr"), p.is_relative_to("/etc"))
q = PurePath("docs") / "guide" / "intro.md"
print(q, type(q).__name__, "base" / q, q.joinpath("x", "y"), PurePath("a", "/b", "c"), PurePath(), PurePath(""))
print(PurePath("a//b/./c/"), PurePath("a/../b"), PurePath("//srv/x"), PurePath("///srv/x"), PurePath(q, "z").parts)
print(PurePath("archive.tar.gz").suffixes, PurePath("archive.tar.gz").stem, PurePath(".bashrc").suffix, PurePath("a.").suffixes, PurePath("x").suffixes)
print(PurePath("a/b") == PurePath("a/b/"), PurePath("a") == "a", PurePath("a") < PurePath("b"), sorted([PurePath("b/a"), PurePath("a/c"), PurePath("/z")]))
print(len({PurePath("x/y"), PurePath("x//y"), PurePath("x/./y")}), str(PurePath("a") / PurePath("/abs")))
print(PurePath("a/b.py").match("*.py"), PurePath("/a/b/c.py").match("b/*.py"), PurePath("/a/b.py").match("/*.py"), PurePath("a/b.txt").match("*.py"), PurePath("x.py").match("[wx].py"))
print(PurePath("/etc/passwd").as_uri(), PurePath("/a b").as_uri(), PurePath("a/b").as_posix(), bytes(PurePath("a/b")))
for bad in [lambda: PurePath("/a").relative_to("/b"), lambda: PurePath("a").relative_to("/a"), lambda: PurePath("a").with_suffix("txt"),
            lambda: PurePath("/").with_name("x"), lambda: PurePath("a").with_name("b/c"), lambda: PurePath("a").as_uri()]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    PurePath("a", 3)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Path("x"), PurePath), type(Path("x")).__name__, Path("a") / "b", repr(Path("a", "b")))
