-- Twin of float_loop.py.
local function float_loop(n)
  local x, v, h, s = 1.0, 0.0, 0.01, 0.0
  for _ = 1, n do
    v = v - x * h
    x = x + v * h
    s = s + x * x / (1.0 + v * v)
  end
  return s
end
local n = tonumber(arg[1]) or 2000000
print(string.format("%.9f", float_loop(n)))
