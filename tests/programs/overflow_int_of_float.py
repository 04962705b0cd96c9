print(int(9.2e18), int(-9.2e18), int(9.223372036854775e18))
print(round(4.5e18), int(-9.223372036854775808e18))
print(int(1e19))
