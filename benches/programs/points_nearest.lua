-- Twin of points_nearest.py: k-means over n points as {x, y} pairs, the
-- nearest centre from a function returning distance and index.
local sqrt, sin, cos, pi, huge = math.sqrt, math.sin, math.cos, math.pi, math.huge
local CLUSTERS, ROUNDS = 32, 16

local function make_points(n, seed)
  local points = {}
  for i = 0, n - 1 do
    seed = seed * 16807 % 2147483647
    local angle = seed / 2147483647 * 2.0 * pi
    seed = seed * 16807 % 2147483647
    local radius = 1.0 + i % 3 + seed / 2147483647 * 0.5
    points[i + 1] = {radius * cos(angle), radius * sin(angle)}
  end
  return points
end

local function nearest(point, centres)
  local x, y = point[1], point[2]
  local best, best_index = huge, -1
  for i = 1, #centres do
    local c = centres[i]
    local dx, dy = x - c[1], y - c[2]
    local distance = sqrt(dx * dx + dy * dy)
    if distance < best then best, best_index = distance, i end
  end
  return best, best_index
end

local function kmeans(points, k, rounds)
  local centres = {}
  for i = 1, k do centres[i] = points[i] end
  local inertia, counts = 0.0, {}
  for _ = 1, rounds do
    local sum_x, sum_y = {}, {}
    for i = 1, k do sum_x[i], sum_y[i], counts[i] = 0.0, 0.0, 0 end
    inertia = 0.0
    for p = 1, #points do
      local point = points[p]
      local distance, i = nearest(point, centres)
      inertia = inertia + distance
      sum_x[i] = sum_x[i] + point[1]
      sum_y[i] = sum_y[i] + point[2]
      counts[i] = counts[i] + 1
    end
    for i = 1, k do
      if counts[i] > 0 then centres[i] = {sum_x[i] / counts[i], sum_y[i] / counts[i]} end
    end
  end
  return inertia, centres, counts
end

local n = tonumber(arg[1]) or 20000
local inertia, centres, counts = kmeans(make_points(n, 42), CLUSTERS, ROUNDS)
local spread, largest = 0.0, 0
for i = 1, CLUSTERS do
  local c = centres[i]
  spread = spread + sqrt(c[1] * c[1] + c[2] * c[2])
  if counts[i] > largest then largest = counts[i] end
end
print(string.format("%.9f", inertia))
print(string.format("%.9f %d", spread, largest))
