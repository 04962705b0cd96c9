-- Twin of int_loop.py (values stay far below 2^53, exact as doubles).
local function collatz(n)
  local total = 0
  for start = 1, n - 1 do
    local x = start
    while x ~= 1 do
      if x % 2 == 0 then
        x = math.floor(x / 2)
      else
        x = 3 * x + 1
      end
      total = total + 1
    end
  end
  return total
end
local n = tonumber(arg[1]) or 300000
print(string.format("%d", collatz(n)))
