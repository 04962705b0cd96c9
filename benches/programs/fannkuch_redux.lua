-- Twin of fannkuch_redux.py (perm[i + 1] is the Python list's perm[i]).
local function fannkuch(n)
  local perm1, count = {}, {}
  for i = 0, n - 1 do perm1[i + 1] = i; count[i + 1] = 0 end
  local max_flips, checksum, permutations, r = 0, 0, 0, n
  while true do
    while r ~= 1 do
      count[r] = r
      r = r - 1
    end
    local perm = {}
    for i = 1, n do perm[i] = perm1[i] end
    local flips = 0
    local k = perm[1]
    while k ~= 0 do
      local i, j = 0, k
      while i < j do
        perm[i + 1], perm[j + 1] = perm[j + 1], perm[i + 1]
        i = i + 1
        j = j - 1
      end
      flips = flips + 1
      k = perm[1]
    end
    if flips > max_flips then max_flips = flips end
    if permutations % 2 == 0 then checksum = checksum + flips else checksum = checksum - flips end
    while true do
      if r == n then return checksum, max_flips end
      local p0 = perm1[1]
      for i = 0, r - 1 do perm1[i + 1] = perm1[i + 2] end
      perm1[r + 1] = p0
      count[r + 1] = count[r + 1] - 1
      if count[r + 1] > 0 then break end
      r = r + 1
    end
    permutations = permutations + 1
  end
end
local n = tonumber(arg[1]) or 8
local checksum, flips = fannkuch(n)
print(string.format("%d", checksum))
print(string.format("Pfannkuchen(%d) = %d", n, flips))
