-- Twin of sieve.py (flags[i + 1] is the Python list's flags[i]).
local function sieve(n)
  local flags = {}
  for i = 1, n do flags[i] = true end
  local count = 0
  for i = 2, n - 1 do
    if flags[i + 1] then
      count = count + 1
      local j = i * i
      while j < n do
        flags[j + 1] = false
        j = j + i
      end
    end
  end
  return count
end
local function repeat_sieve(n, times)
  local total = 0
  for _ = 1, times do total = total + sieve(n) end
  return total
end
print(string.format("%d", repeat_sieve(tonumber(arg[1]) or 1000000, 10)))
