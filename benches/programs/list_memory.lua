-- Twin of list_memory.py (composite[k + 1] is the Python list's composite[k]).
local function list_memory(n)
  local size = n * 24
  local composite = {}
  for k = 1, size do composite[k] = false end
  for i = 2, size - 1 do
    for j = 2 * i, size - 1, i do composite[j + 1] = true end
  end
  local floats = {}
  for k = 0, n * 4 - 1 do floats[k + 1] = k * 0.5 end
  local ints = {}
  for k = 0, n * 2 - 1 do ints[#ints + 1] = k * 3 % 1000003 end
  local primes = 0
  for k = 2, size - 1 do
    if not composite[k + 1] then primes = primes + 1 end
  end
  local fsum = 0.0
  for k = 1, #floats do fsum = fsum + floats[k] end
  local isum = 0
  for k = 1, #ints do isum = isum + ints[k] end
  return primes, fsum, isum
end
local primes, fsum, isum = list_memory(tonumber(arg[1]) or 10000)
print(string.format("%d", primes))
print(string.format("%.9f", fsum))
print(string.format("%d", isum))
