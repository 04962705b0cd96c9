-- Twin of matmul.py (0-based indices kept in arithmetic, 1-based tables).
local function make(n, seed)
  local m = {}
  for i = 0, n - 1 do
    local row = {}
    for j = 0, n - 1 do row[j + 1] = ((i * n + j + seed) % 17) / 17.0 end
    m[i + 1] = row
  end
  return m
end
local function matmul(a, b, n)
  local c = {}
  for i = 1, n do
    local ci = {}
    for j = 1, n do ci[j] = 0.0 end
    c[i] = ci
    local ai = a[i]
    for k = 1, n do
      local aik, bk = ai[k], b[k]
      for j = 1, n do ci[j] = ci[j] + aik * bk[j] end
    end
  end
  return c
end
local n = tonumber(arg[1]) or 120
local c = matmul(make(n, 1), make(n, 5), n)
local total = 0.0
for i = 1, n do for j = 1, n do total = total + c[i][j] end end
print(string.format("%.9f", total))
