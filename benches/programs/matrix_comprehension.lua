-- Twin of matrix_comprehension.py: tables of rows, the second matrix
-- transposed, each entry a dot product summed from 0, left to right.
local function make_matrix(n, shift)
  local m = {}
  for i = 0, n - 1 do
    local row = {}
    for j = 0, n - 1 do row[j + 1] = ((i * n + j + shift) % 17 - 8) / 7.0 end
    m[i + 1] = row
  end
  return m
end

local function transpose(m)
  local t = {}
  for j = 1, #m[1] do
    local column = {}
    for i = 1, #m do column[i] = m[i][j] end
    t[j] = column
  end
  return t
end

local function matmul(a, b)
  local columns, c = transpose(b), {}
  for i = 1, #a do
    local row, out = a[i], {}
    for j = 1, #columns do
      local column, s = columns[j], 0
      for k = 1, #row do s = s + row[k] * column[k] end
      out[j] = s
    end
    c[i] = out
  end
  return c
end

local n = tonumber(arg[1]) or 100
local c = matmul(make_matrix(n, 0), make_matrix(n, 5))
local trace, total = 0, 0
for i = 1, n do trace = trace + c[i][i] end
for i = 1, n do
  local row = 0
  for j = 1, n do row = row + c[i][j] end
  total = total + row
end
print(string.format("%.9f", trace))
print(string.format("%.9f", total))
