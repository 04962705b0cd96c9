# A module whose body raises: it is not kept in sys.modules.
print("fails runs")
loaded = True
raise ValueError("the module's body failed")
