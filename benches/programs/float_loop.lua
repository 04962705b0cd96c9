-- Twin of float_loop.py.
local function float_loop(n)
  local x, y, s = 0.0, 1.0, 0.0
  for i = 0, n - 1 do
    x = x * 0.999 + y * 0.001
    y = y * 0.999 - x * 0.001
    s = s + x * y
  end
  return s
end
local n = tonumber(arg[1]) or 2000000
print(string.format("%.9f", float_loop(n)))
