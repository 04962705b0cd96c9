raise ValueError("outer") from KeyError("inner")
