# A list, dict or range on the right of % counts as a mapping: a format
# that uses none of it is no error. A tuple gives several arguments.
print(repr("" % []), repr("" % {}), repr("" % range(3)), repr("" % ()))
print(repr("abc" % [1, 2]), repr("%s" % [1, 2]), repr("%s" % {"a": 1}))
print(repr("%s|%s" % (1, [2])), repr("%%" % []))
print(repr("" % 5))
