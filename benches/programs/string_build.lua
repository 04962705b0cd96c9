-- Twin of string_build.py.
local function string_build(n)
  local length, sevens, parts = 0, 0, {}
  for i = 0, n - 1 do
    parts[#parts + 1] = string.format("%d", i % 997)
    if #parts == 100 or i == n - 1 then
      local line = table.concat(parts, ",")
      length = length + #line
      for k = 1, #line do
        if string.byte(line, k) == 55 then sevens = sevens + 1 end
      end
      parts = {}
    end
  end
  return length, sevens
end
local n = tonumber(arg[1]) or 300000
local length, sevens = string_build(n)
print(string.format("%d %d", length, sevens))
