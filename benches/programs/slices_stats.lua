-- Twin of slices_stats.py: each window is copied into a new table (the
-- slice), sorted with table.sort, summed from 0 and scanned for min/max.
local WINDOW = 50

local function random_walk(n, seed)
  local walk, x = {}, 100.0
  for i = 1, n do
    seed = seed * 16807 % 2147483647
    x = x + (seed / 2147483647 - 0.5)
    walk[i] = x
  end
  return walk
end

local function window_stats(window)
  local ordered, sum = {}, 0
  local low, high = window[1], window[1]
  for k = 1, #window do
    local v = window[k]
    ordered[k] = v
    sum = sum + v
    if v < low then low = v end
    if v > high then high = v end
  end
  table.sort(ordered)
  return sum / #window, ordered[math.floor(#ordered / 2) + 1], low, high
end

local n = tonumber(arg[1]) or 20000
local xs = random_walk(n, 42)
local rises, breakouts = 0, 0
for i = 1, n - 1 do
  if xs[i + 1] - xs[i] > 0 then rises = rises + 1 end
end
local total_mean, total_median, total_range = 0.0, 0.0, 0.0
for i = 1, n - WINDOW do
  local window = {}
  for k = 1, WINDOW do window[k] = xs[i + k - 1] end
  local mean, median, low, high = window_stats(window)
  total_mean = total_mean + mean
  total_median = total_median + median
  total_range = total_range + (high - low)
  if xs[i + WINDOW] > high then breakouts = breakouts + 1 end
end
print(string.format("%d %d", rises, breakouts))
print(string.format("%.9f %.9f %.9f", total_mean, total_median, total_range))
