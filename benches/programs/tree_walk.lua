-- Twin of tree_walk.py: trees as {left, value, right} tables, nil for an
-- empty subtree, the walk returning count, total and height.
local MIN_DEPTH = 4

local function make_tree(depth, value)
  if depth == 0 then return nil end
  return {make_tree(depth - 1, value + 1), value, make_tree(depth - 1, value + 2)}
end

local function tree_stats(node)
  if node == nil then return 0, 0, 0 end
  local left_count, left_total, left_height = tree_stats(node[1])
  local right_count, right_total, right_height = tree_stats(node[3])
  return left_count + 1 + right_count, left_total + node[2] + right_total,
         math.max(left_height, right_height) + 1
end

local max_depth = tonumber(arg[1]) or 12
for depth = MIN_DEPTH, max_depth, 2 do
  local trees = 2 ^ (max_depth - depth + MIN_DEPTH)
  local nodes, total, height = 0, 0, 0
  for i = 0, trees - 1 do
    local count, tree_total
    count, tree_total, height = tree_stats(make_tree(depth, i % 10))
    nodes = nodes + count
    total = total + tree_total
  end
  print(string.format("%d trees of depth %d: %d nodes, total %d", trees, height, nodes, total))
end
