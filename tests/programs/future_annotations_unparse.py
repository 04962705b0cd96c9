from __future__ import annotations


def f(a: dict[str,int], b: tuple[int, ...], c: tuple[()], d: int|None, e: (a | b) | c,
      g: a | (b | c), h: Callable[[int, str], bool], i: typing.List[ 'x' ], j: -1,
      k: 2 ** -1, l: (2 ** 3) ** 4, m: 2 ** 3 ** 4, n: a if b else c, o: (lambda: 1),
      p: x[1:2, ::3], q: not a and b or c, r: (not a) < b, s: 1 .real, t: 1e999,
      u: [i for i in y if i], v: {1: 2}, w: f'{x!r:>{w}} {{', x: (1, 2), y: x[(a, b)],
      z: 0xff) -> f"{x=}":
    pass


for name, text in f.__annotations__.items():
    print(name, text)


def g(a: 1_000, b: 1.5e-7, c: None, d: ..., e: a < b < c, f: x.y.z, g: [1,2], h: {},
      i: (), j: (1,), k: -x ** 2, l: (-x) ** 2, m: a[-1], n: not not a, o: ~-a,
      p: a and (b or c), q: (a and b) or c, r: a - (b - c), s: a - b - c,
      t: a * (b + c), u: f()(), v: 'a' 'b', w: True, x: 10 ** 20, y: 0.1,
      z: {k: v for k, v in y}, aa: [(a, b) for a, b in c], bb: x[::], cc: f(a, k=1),
      dd: lambda x, y=1: x, ee: "it's", ff: 'say "hi"') -> None:
    pass


for name, text in g.__annotations__.items():
    print(name, text)
