-- Twin of tokenize_calc.py: expressions built as strings recursively,
-- tokenized by a character loop into {kind, text} pairs, evaluated by
-- precedence climbing with a table of {precedence, function} operators.
local OPERATORS = {
  ["+"] = {1, function(a, b) return a + b end},
  ["-"] = {1, function(a, b) return a - b end},
  ["*"] = {2, function(a, b) return a * b end},
  ["/"] = {2, function(a, b) return a / b end},
}
local OPS = "+-*/"

local function next_seed(seed) return seed * 16807 % 2147483647 end

local function make_expr(seed, depth)
  seed = next_seed(seed)
  if depth == 0 or seed % 3 == 0 then return tostring(1 + seed % 99), seed end
  local left, right
  left, seed = make_expr(seed, depth - 1)
  seed = next_seed(seed)
  local k = seed % 4 + 1
  local op = OPS:sub(k, k)
  if op == "/" then
    seed = next_seed(seed)
    right = tostring(1 + seed % 99)
  else
    right, seed = make_expr(seed, depth - 1)
  end
  seed = next_seed(seed)
  local text = left .. " " .. op .. " " .. right
  if seed % 4 == 0 then text = "(" .. text .. ")" end
  return text, seed
end

local function tokenize(text)
  local tokens, i, len = {}, 1, #text
  while i <= len do
    local ch = text:sub(i, i)
    if ch:match("%d") then
      local start = i
      while i <= len and text:sub(i, i):match("%d") do i = i + 1 end
      tokens[#tokens + 1] = {"num", text:sub(start, i - 1)}
    else
      if OPERATORS[ch] or ch == "(" or ch == ")" then tokens[#tokens + 1] = {"op", ch} end
      i = i + 1
    end
  end
  return tokens
end

local parse_expr

local function parse_atom(tokens, pos)
  local text = tokens[pos][2]
  if text == "(" then
    local value
    value, pos = parse_expr(tokens, pos + 1, 1)
    return value, pos + 1
  end
  -- + 0.0 makes Lua 5.4's integer a float, as Python's float(text) is.
  return tonumber(text) + 0.0, pos + 1
end

parse_expr = function(tokens, pos, min_precedence)
  local value
  value, pos = parse_atom(tokens, pos)
  while pos <= #tokens do
    local operator = OPERATORS[tokens[pos][2]]
    if operator == nil or operator[1] < min_precedence then break end
    local right
    right, pos = parse_expr(tokens, pos + 1, operator[1] + 1)
    value = operator[2](value, right)
  end
  return value, pos
end

local n = tonumber(arg[1]) or 20000
local seed, total, token_count, longest = 42, 0.0, 0, 0
for _ = 1, n do
  local text
  text, seed = make_expr(seed, 4)
  local tokens = tokenize(text)
  total = total + parse_expr(tokens, 1, 1)
  token_count = token_count + #tokens
  longest = math.max(longest, #text)
end
print(string.format("%.9f", total))
print(string.format("%d %d", token_count, longest))
