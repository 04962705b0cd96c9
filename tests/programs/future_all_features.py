"""A docstring may come before the future imports."""
from __future__ import annotations, division, print_function
from __future__ import (generator_stop,
                        absolute_import, with_statement)
from __future__ import nested_scopes as ns, generators, unicode_literals
import __future__

print(annotations)
print(division, print_function)
print(generator_stop, absolute_import, with_statement)
print(ns, generators, unicode_literals)
print(__future__.annotations is annotations, ns is __future__.nested_scopes)
print(__future__.all_feature_names)
print(__future__.barry_as_FLUFL)
print(7 / 2, type(annotations))
