a = 'single'
b = "double"
c = '''triple single
second line'''
d = """triple double with 'quotes' and "quotes" """
print(a, b, c, d, sep="|")
print('esc: \n \t \\ \' \" \x41 \u00e9 \U0001F600 \101 \0', len('\x00\x01'))
print(r'raw \n \t \\ \x41', r"raw \"q\"", R'upper', len(r'\n'), r'a\\b')
print("adjacent " 'literals ' """joined""", "x" "y" == "xy")
long = ("implicit "
        "joining "
        "inside parens")
print(long)
cont = "back" + \
    "slash"
print(cont)
print("line one\
 continued")
print("""a
  b
    c""")
print('''\
no leading newline''')
print("unicode: ☺ é 日本", "\u263a" == "☺", "\xe9" == "é", len("\U0001F600"))
print('it\'s', "it's", 'say "x"', "say \"x\"", '\\', "\\\\", "tab\there")
empty = ""
print(repr(empty), repr(''), repr(""""""), len(''''''))
print(f'{a}' f"{b}" 'lit', f'''{c!r}''', f"""{d}""")
