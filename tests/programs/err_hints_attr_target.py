# `obj.attr: T` without a value evaluates obj, which here is undefined.
print("start")
missing.attribute: int
