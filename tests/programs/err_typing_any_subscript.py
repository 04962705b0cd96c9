from typing import Any
print(Any[int])
