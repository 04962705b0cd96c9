# expected: hand-written (CPython has these modules; Rumba names each as not supported)
try:
    import ctypes
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    import email.message
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    from xml.dom import minidom
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    import _thread
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    import collections.nothing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
import tkinter
