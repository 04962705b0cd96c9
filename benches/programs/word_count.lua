-- Twin of word_count.py (products stay below 2^53: exact as doubles).
local function word_count(n)
  local counts, distinct = {}, 0
  local seed = 42
  for _ = 1, n do
    seed = (seed * 16807) % 2147483647
    local word = "w" .. string.format("%d", seed % 1000)
    local c = counts[word]
    if c == nil then distinct = distinct + 1; c = 0 end
    counts[word] = c + 1
  end
  local most = 0
  for _, c in pairs(counts) do if c > most then most = c end end
  return distinct, most, counts["w7"] or 0
end
local n = tonumber(arg[1]) or 300000
local d, m, w7 = word_count(n)
print(string.format("%d %d %d", d, m, w7))
