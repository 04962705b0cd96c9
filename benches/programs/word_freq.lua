-- Twin of word_freq.py: lines built from syllables with table.concat, split
-- with gmatch, normalised with match and lower, counted in a table, ranked
-- with table.sort (most frequent first, ties alphabetical).
local SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo",
                   "be", "da", "fu", "gi", "ha", "jo", "pe", "zu"}
local WORDS_PER_LINE = 12

local function next_seed(seed) return seed * 16807 % 2147483647 end

local function make_word(seed)
  seed = next_seed(seed)
  local parts = {}
  for i = 1, 1 + seed % 3 do
    seed = next_seed(seed)
    parts[i] = SYLLABLES[seed % #SYLLABLES + 1]
  end
  local word = table.concat(parts)
  seed = next_seed(seed)
  if seed % 5 == 0 then
    word = word:sub(1, 1):upper() .. word:sub(2)
  elseif seed % 7 == 0 then
    word = word .. ","
  end
  return word, seed
end

local function make_line(seed)
  local words = {}
  for i = 1, WORDS_PER_LINE do words[i], seed = make_word(seed) end
  return table.concat(words, " ") .. ".", seed
end

local function count_words(n_lines, seed)
  local counts, chars = {}, 0
  for _ = 1, n_lines do
    local line
    line, seed = make_line(seed)
    chars = chars + #line
    for word in line:gmatch("%S+") do
      word = word:match("^[.,]*(.-)[.,]*$"):lower()
      counts[word] = (counts[word] or 0) + 1
    end
  end
  return counts, chars
end

local n = tonumber(arg[1]) or 20000
local counts, chars = count_words(n, 42)
local ranked = {}
for word, count in pairs(counts) do ranked[#ranked + 1] = {word, count} end
table.sort(ranked, function(a, b)
  if a[2] ~= b[2] then return a[2] > b[2] end
  return a[1] < b[1]
end)
local top, rarest = {}, ranked[#ranked]
for i = 1, math.min(5, #ranked) do top[i] = ranked[i][1] .. "=" .. ranked[i][2] end
print(string.format("%d %d %s=%d", #ranked, chars, rarest[1], rarest[2]))
print(table.concat(top, ", "))
