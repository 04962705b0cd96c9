# InitVar fields: passed to __init__ and __post_init__, not stored, not fields.
from dataclasses import dataclass, field, fields, InitVar


@dataclass
class Scaled:
    base: int
    factor: InitVar[int] = 2
    value: int = field(init=False, default=0)

    def __post_init__(self, factor):
        self.value = self.base * factor


s = Scaled(3)
print(s, Scaled(3, 5), [f.name for f in fields(Scaled)])
print(Scaled.__dataclass_fields__["factor"]._field_type, InitVar[int], InitVar[list])
try:
    Scaled(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
