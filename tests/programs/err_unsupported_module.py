# expected: hand-written (CPython has socket; Rumba names it as not supported)
print("before")
import socket
