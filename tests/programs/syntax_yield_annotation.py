from __future__ import annotations


def g():
    x: (yield) = 1
