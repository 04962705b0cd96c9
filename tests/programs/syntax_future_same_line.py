from __future__ import division; import math; from __future__ import annotations
