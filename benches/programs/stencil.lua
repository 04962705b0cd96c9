-- Twin of stencil.py (element i of the Python list is u[i + 1]).
local function stencil(n, sweeps)
  local u, v = {}, {}
  for i = 0, n - 1 do u[i + 1] = ((i * 7) % 13) / 13.0 end
  for i = 1, n do v[i] = u[i] end
  for _ = 1, sweeps do
    for i = 2, n - 1 do
      v[i] = u[i] + 0.25 * (u[i - 1] - 2.0 * u[i] + u[i + 1])
    end
    u, v = v, u
  end
  local total = 0.0
  for i = 1, n do total = total + u[i] end
  return total
end
local n = tonumber(arg[1]) or 20000
print(string.format("%.9f", stencil(n, 100)))
