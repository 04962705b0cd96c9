-- Twin of csv_groupby.py: records formatted with string.format, split with
-- a pattern, parsed with tonumber and folded into a table per city.
local CITIES = {"Oslo", "Lima", "Pune", "Kyiv", "Nice", "Baku",
                "Doha", "Riga", "Suva", "Lome", "Apia", "Male"}

local function make_record(day, seed)
  seed = seed * 16807 % 2147483647
  local index = seed % #CITIES
  seed = seed * 16807 % 2147483647
  local temperature = (index * 20 - 100 + seed % 301) / 10
  return string.format("%s,%d,%.1f", CITIES[index + 1], day, temperature), seed
end

local n = tonumber(arg[1]) or 20000
local stats, seed = {}, 42
local warm_t, warm_day, warm_city = -1000.0, 0, ""
for day = 0, n - 1 do
  local line
  line, seed = make_record(day, seed)
  local city, day_text, reading = line:match("^([^,]*),([^,]*),([^,]*)$")
  local t, d = tonumber(reading), tonumber(day_text)
  local s = stats[city]
  if s == nil then
    s = {0, 0.0, t, t}
    stats[city] = s
  end
  s[1], s[2] = s[1] + 1, s[2] + t
  if t < s[3] then s[3] = t end
  if t > s[4] then s[4] = t end
  -- Python's max() of (temperature, day, city) tuples.
  if t > warm_t or (t == warm_t and (d > warm_day or (d == warm_day and city > warm_city))) then
    warm_t, warm_day, warm_city = t, d, city
  end
end
local ranked = {}
for city, s in pairs(stats) do ranked[#ranked + 1] = {city, s} end
table.sort(ranked, function(a, b) return a[2][2] / a[2][1] < b[2][2] / b[2][1] end)
local report = {}
for i = 1, math.min(3, #ranked) do
  local city, s = ranked[i][1], ranked[i][2]
  report[i] = string.format("%s %.1f %.3f %.1f", city, s[3], s[2] / s[1], s[4])
end
print(table.concat(report, ", "))
print(string.format("warmest %.1f on day %d in %s", warm_t, warm_day, warm_city))
