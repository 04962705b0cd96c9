-- Twin of gc_churn.py: tables for the pair and the list, strings for the
-- rest; `size` counts the dict's keys (a Lua table has no length for them).
local function gc_churn(n)
  local recent, size = {}, 0
  local total = 0
  for i = 0, n - 1 do
    local pair = { i, string.format("%d", i) }
    local label = pair[2] .. ":" .. string.format("%d", i % 7)
    local parts = { pair[2], label }
    total = total + #parts[1] + #parts[2]
    local key = "r" .. string.format("%d", i % 3000)
    if recent[key] == nil then size = size + 1 end
    recent[key] = pair[1]
    if i % 1000 == 999 then
      local old = {}
      for k, v in pairs(recent) do
        if v < i - 1500 then old[#old + 1] = k end
      end
      for _, k in ipairs(old) do
        recent[k] = nil
        size = size - 1
      end
    end
  end
  local kept = 0
  for _, v in pairs(recent) do kept = kept + v end
  return total, size, kept
end
local total, size, kept = gc_churn(tonumber(arg[1]) or 100000)
print(string.format("%d %d %d", total, size, kept))
