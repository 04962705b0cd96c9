# -*- coding: latin-1 -*-
# A Latin-1 file: its bytes are characters.
s = "café à ÿ"
print(s, len(s), [ord(c) for c in s])
