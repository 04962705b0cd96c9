-- Twin of string_build.py.
local function string_build(n)
  local parts = {}
  for i = 0, n - 1 do parts[i + 1] = string.format("%d", i % 97) end
  local s = table.concat(parts, ",")
  local sevens = 0
  for k = 1, #s do
    if string.byte(s, k) == 55 then sevens = sevens + 1 end
  end
  return #s, sevens
end
local n = tonumber(arg[1]) or 300000
local len, sevens = string_build(n)
print(string.format("%d %d", len, sevens))
