from typing import Dict, List, Optional, Tuple, Type, Union

print(isinstance([], List), isinstance({}, Dict), isinstance((), Tuple), isinstance(int, Type))
print(isinstance(1, Optional[int]), isinstance(None, Optional[int]), isinstance("s", Optional[int]))
print(isinstance(1.5, Union[int, float]), isinstance("x", Union[int, List]))
print(isinstance(1, (str, int | None)), isinstance(None, type(None) | str))
