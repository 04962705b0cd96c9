from typing import *

Grid = List[List[int]]


def neighbours(grid: Grid, r: int, c: int) -> Iterator[Tuple[int, int]]:
    return [(r + dr, c + dc) for dr, dc in [(0, 1), (1, 0)]
            if r + dr < len(grid) and c + dc < len(grid[0])]


print(Grid, neighbours([[1, 2], [3, 4]], 0, 0), Optional[Dict[str, Any]])
print(TYPE_CHECKING, cast(int, 5), Union[int, str])
