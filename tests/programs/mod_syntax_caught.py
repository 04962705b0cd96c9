# A syntax error in an imported module, caught: str() names the file.
try:
    import _mod_bad_syntax
except SyntaxError as e:
    print("SyntaxError:", e)
    print(e.args[0], e.args[1][1:], e.args[1][0].endswith("_mod_bad_syntax.py"))
