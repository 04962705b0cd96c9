# expected: hand-written (outside the subset: Rumba refuses it by name)
import typing
print(typing.List)
T = typing.TypeVar("T")
base = typing.TypedDict
