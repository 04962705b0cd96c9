-- Twin of queens.py: recursive backtracking with flag tables (0-based
-- indices, as in the Python original).
local function place(row, n, columns, rising, falling)
  if row == n then return 1 end
  local solutions = 0
  for col = 0, n - 1 do
    if not (columns[col] or rising[row + col] or falling[row - col + n - 1]) then
      columns[col], rising[row + col], falling[row - col + n - 1] = true, true, true
      solutions = solutions + place(row + 1, n, columns, rising, falling)
      columns[col], rising[row + col], falling[row - col + n - 1] = false, false, false
    end
  end
  return solutions
end

local n = tonumber(arg[1]) or 8
local columns, rising, falling = {}, {}, {}
for i = 0, 2 * n - 2 do
  columns[i], rising[i], falling[i] = false, false, false
end
print(string.format("%d", place(0, n, columns, rising, falling)))
