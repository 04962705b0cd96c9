import math
from __future__ import annotations
