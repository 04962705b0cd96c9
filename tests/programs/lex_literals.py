print(0x_FF, 0o17, 0b1010, 1_000_000, 1_0.5e1_0, .5, 5., 1e-3, 0xdead_beef)
print('single', "double", '''triple
line''', """another "one" """)
print(r'raw\n\t', R"RAW\d", 'a' 'b' "c", 'x' f'{1 + 1}' 'y')
print("\x41\u00e9\U0001F600\101\0end", len("\n\t\\"), 'it\'s', "tab\tend")
x = (1 +
     2 +
     3)
y = 4 + \
    5
z = [
    1,
    2,  # comment
]
print(x, y, z); print("semi"); a = 1; b = 2
print(a, b)
