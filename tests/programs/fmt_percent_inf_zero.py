# The 0 flag pads inf and nan with zeros, after the sign; '-' pads spaces.
inf = float("inf")
nan = float("nan")
print(repr("%08.3e" % inf), repr("%08.3e" % -inf), repr("%08f" % nan))
print(repr("%010.2f" % inf), repr("%-08e" % inf), repr("%+08g" % inf), repr("% 08G" % -inf))
print(repr(f"{inf:08.3e}"), repr(f"{-inf:08}"), repr(f"{nan:=+09}"))
