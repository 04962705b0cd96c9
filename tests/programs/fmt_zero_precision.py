# The empty format type with a precision: like 'g', but at least one digit
# after the point, so precision 0 puts 0.0 and 1.0 in exponent form.
for x in [0.0, -0.0, 1.0, 0.5, 123.0, 1e100, 1e-7, 2.5, 9.99]:
    print(repr(f"{x:.0}"), repr(f"{x:.1}"), repr(f"{x:.2}"), repr(f"{x:#.0}"))
print(repr(format(0.0, ".0")), repr(format(0.0, ".0g")), repr(format(0.0, ".0%")))
print(repr("{:.0}".format(0.0)), repr("%.0g" % 0.0), repr("%#.3g" % 0.0), repr("%g" % 0.0))
