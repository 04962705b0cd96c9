-- Twin of constraint_solver.py: Strength, Variable, Plan, Planner and the
-- constraint classes are metatables with __index; UnaryConstraint and
-- BinaryConstraint chain to Constraint, Stay/Edit to UnaryConstraint and
-- Equality/Scale to BinaryConstraint with setmetatable, overriding methods
-- the same way. Lists are sequences; todo.pop(0) is table.remove(todo, 1).
local SIZE = 100

local function class(base)
  local c = {}
  c.__index = c
  if base then setmetatable(c, base) end
  return c
end

local Strength = class()
function Strength.new(strength, name) return setmetatable({strength = strength, name = name}, Strength) end
function Strength.stronger(s1, s2) return s1.strength < s2.strength end
function Strength.weaker(s1, s2) return s1.strength > s2.strength end
function Strength.weakest_of(s1, s2)
  if Strength.weaker(s1, s2) then return s1 end
  return s2
end
local REQUIRED = Strength.new(0, "required")
local STRONG_PREFERRED = Strength.new(1, "strongPreferred")
local PREFERRED = Strength.new(2, "preferred")
local STRONG_DEFAULT = Strength.new(3, "strongDefault")
local NORMAL = Strength.new(4, "normal")
local WEAK_DEFAULT = Strength.new(5, "weakDefault")
local WEAKEST = Strength.new(6, "weakest")
local WEAKER = {[0] = STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST, WEAKEST}
function Strength:next_weaker() return WEAKER[self.strength] end

local NONE, FORWARD, BACKWARD = 0, 1, -1

local planner = nil

local Constraint = class()
function Constraint:add_constraint()
  self:add_to_graph()
  planner:incremental_add(self)
end
function Constraint:satisfy(mark)
  self:choose_method(mark)
  if not self:is_satisfied() then
    if self.strength == REQUIRED then error("could not satisfy a required constraint") end
    return nil
  end
  self:mark_inputs(mark)
  local out = self:output()
  local overridden = out.determined_by
  if overridden ~= nil then overridden:mark_unsatisfied() end
  out.determined_by = self
  if not planner:add_propagate(self, mark) then error("cycle encountered") end
  out.mark = mark
  return overridden
end
function Constraint:destroy_constraint()
  if self:is_satisfied() then planner:incremental_remove(self) else self:remove_from_graph() end
end
function Constraint:is_input() return false end

local UnaryConstraint = class(Constraint)
function UnaryConstraint.init(self, v, strength)
  self.strength = strength
  self.my_output = v
  self.satisfied = false
  self:add_constraint()
  return self
end
function UnaryConstraint:add_to_graph()
  self.my_output:add_constraint(self)
  self.satisfied = false
end
function UnaryConstraint:choose_method(mark)
  self.satisfied = self.my_output.mark ~= mark and Strength.stronger(self.strength, self.my_output.walk_strength)
end
function UnaryConstraint:is_satisfied() return self.satisfied end
function UnaryConstraint:mark_inputs(mark) end
function UnaryConstraint:output() return self.my_output end
function UnaryConstraint:recalculate()
  self.my_output.walk_strength = self.strength
  self.my_output.stay = not self:is_input()
  if self.my_output.stay then self:execute() end
end
function UnaryConstraint:mark_unsatisfied() self.satisfied = false end
function UnaryConstraint:inputs_known(mark) return true end
function UnaryConstraint:remove_from_graph()
  if self.my_output ~= nil then
    self.my_output:remove_constraint(self)
    self.satisfied = false
  end
end

local StayConstraint = class(UnaryConstraint)
function StayConstraint.new(v, strength) return UnaryConstraint.init(setmetatable({}, StayConstraint), v, strength) end
function StayConstraint:execute() end

local EditConstraint = class(UnaryConstraint)
function EditConstraint.new(v, strength) return UnaryConstraint.init(setmetatable({}, EditConstraint), v, strength) end
function EditConstraint:is_input() return true end
function EditConstraint:execute() end

local BinaryConstraint = class(Constraint)
function BinaryConstraint.init(self, v1, v2, strength)
  self.strength = strength
  self.v1 = v1
  self.v2 = v2
  self.direction = NONE
  self:add_constraint()
  return self
end
function BinaryConstraint:choose_method(mark)
  if self.v1.mark == mark then
    if self.v2.mark ~= mark and Strength.stronger(self.strength, self.v2.walk_strength) then
      self.direction = FORWARD
    else
      self.direction = NONE
    end
    return
  end
  if self.v2.mark == mark then
    if self.v1.mark ~= mark and Strength.stronger(self.strength, self.v1.walk_strength) then
      self.direction = BACKWARD
    else
      self.direction = NONE
    end
    return
  end
  if Strength.weaker(self.v1.walk_strength, self.v2.walk_strength) then
    if Strength.stronger(self.strength, self.v1.walk_strength) then
      self.direction = BACKWARD
    else
      self.direction = NONE
    end
  else
    if Strength.stronger(self.strength, self.v2.walk_strength) then
      self.direction = FORWARD
    else
      self.direction = BACKWARD
    end
  end
end
function BinaryConstraint:add_to_graph()
  self.v1:add_constraint(self)
  self.v2:add_constraint(self)
  self.direction = NONE
end
function BinaryConstraint:is_satisfied() return self.direction ~= NONE end
function BinaryConstraint:mark_inputs(mark) self:input().mark = mark end
function BinaryConstraint:input()
  if self.direction == FORWARD then return self.v1 end
  return self.v2
end
function BinaryConstraint:output()
  if self.direction == FORWARD then return self.v2 end
  return self.v1
end
function BinaryConstraint:recalculate()
  local ihn, out = self:input(), self:output()
  out.walk_strength = Strength.weakest_of(self.strength, ihn.walk_strength)
  out.stay = ihn.stay
  if out.stay then self:execute() end
end
function BinaryConstraint:mark_unsatisfied() self.direction = NONE end
function BinaryConstraint:inputs_known(mark)
  local i = self:input()
  return i.mark == mark or i.stay or i.determined_by == nil
end
function BinaryConstraint:remove_from_graph()
  if self.v1 ~= nil then self.v1:remove_constraint(self) end
  if self.v2 ~= nil then self.v2:remove_constraint(self) end
  self.direction = NONE
end

local ScaleConstraint = class(BinaryConstraint)
function ScaleConstraint.new(src, scale, offset, dest, strength)
  local c = setmetatable({direction = NONE, scale = scale, offset = offset}, ScaleConstraint)
  return BinaryConstraint.init(c, src, dest, strength)
end
function ScaleConstraint:add_to_graph()
  BinaryConstraint.add_to_graph(self)
  self.scale:add_constraint(self)
  self.offset:add_constraint(self)
end
function ScaleConstraint:remove_from_graph()
  BinaryConstraint.remove_from_graph(self)
  if self.scale ~= nil then self.scale:remove_constraint(self) end
  if self.offset ~= nil then self.offset:remove_constraint(self) end
end
function ScaleConstraint:mark_inputs(mark)
  BinaryConstraint.mark_inputs(self, mark)
  self.scale.mark = mark
  self.offset.mark = mark
end
function ScaleConstraint:execute()
  if self.direction == FORWARD then
    self.v2.value = self.v1.value * self.scale.value + self.offset.value
  else
    self.v1.value = math.floor((self.v2.value - self.offset.value) / self.scale.value)
  end
end
function ScaleConstraint:recalculate()
  local ihn, out = self:input(), self:output()
  out.walk_strength = Strength.weakest_of(self.strength, ihn.walk_strength)
  out.stay = ihn.stay and self.scale.stay and self.offset.stay
  if out.stay then self:execute() end
end

local EqualityConstraint = class(BinaryConstraint)
function EqualityConstraint.new(v1, v2, strength)
  return BinaryConstraint.init(setmetatable({}, EqualityConstraint), v1, v2, strength)
end
function EqualityConstraint:execute() self:output().value = self:input().value end

local Variable = class()
function Variable.new(name, initial_value)
  return setmetatable({name = name, value = initial_value or 0, constraints = {}, determined_by = nil,
    mark = 0, walk_strength = WEAKEST, stay = true}, Variable)
end
function Variable:add_constraint(c) self.constraints[#self.constraints + 1] = c end
function Variable:remove_constraint(c)
  local cs = self.constraints
  for i = 1, #cs do
    if cs[i] == c then
      table.remove(cs, i)
      break
    end
  end
  if self.determined_by == c then self.determined_by = nil end
end

local Plan = class()
function Plan.new() return setmetatable({constraints = {}}, Plan) end
function Plan:add_constraint(c) self.constraints[#self.constraints + 1] = c end
function Plan:len() return #self.constraints end
function Plan:execute()
  for _, c in ipairs(self.constraints) do c:execute() end
end

local Planner = class()
function Planner.new() return setmetatable({current_mark = 0}, Planner) end
function Planner:incremental_add(constraint)
  local mark = self:new_mark()
  local overridden = constraint:satisfy(mark)
  while overridden ~= nil do overridden = overridden:satisfy(mark) end
end
function Planner:incremental_remove(constraint)
  local out = constraint:output()
  constraint:mark_unsatisfied()
  constraint:remove_from_graph()
  local unsatisfied = self:remove_propagate_from(out)
  local strength = REQUIRED
  while true do
    for _, u in ipairs(unsatisfied) do
      if u.strength == strength then self:incremental_add(u) end
    end
    strength = strength:next_weaker()
    if strength == WEAKEST then break end
  end
end
function Planner:new_mark()
  self.current_mark = self.current_mark + 1
  return self.current_mark
end
function Planner:make_plan(sources)
  local mark = self:new_mark()
  local plan = Plan.new()
  local todo = sources
  while #todo > 0 do
    local c = table.remove(todo, 1)
    if c:output().mark ~= mark and c:inputs_known(mark) then
      plan:add_constraint(c)
      c:output().mark = mark
      self:add_constraints_consuming_to(c:output(), todo)
    end
  end
  return plan
end
function Planner:extract_plan_from_constraints(constraints)
  local sources = {}
  for _, c in ipairs(constraints) do
    if c:is_input() and c:is_satisfied() then sources[#sources + 1] = c end
  end
  return self:make_plan(sources)
end
function Planner:add_propagate(c, mark)
  local todo = {c}
  while #todo > 0 do
    local d = table.remove(todo, 1)
    if d:output().mark == mark then
      self:incremental_remove(c)
      return false
    end
    d:recalculate()
    self:add_constraints_consuming_to(d:output(), todo)
  end
  return true
end
function Planner:remove_propagate_from(out)
  out.determined_by = nil
  out.walk_strength = WEAKEST
  out.stay = true
  local unsatisfied = {}
  local todo = {out}
  while #todo > 0 do
    local v = table.remove(todo, 1)
    for _, c in ipairs(v.constraints) do
      if not c:is_satisfied() then unsatisfied[#unsatisfied + 1] = c end
    end
    local determining = v.determined_by
    for _, c in ipairs(v.constraints) do
      if c ~= determining and c:is_satisfied() then
        c:recalculate()
        todo[#todo + 1] = c:output()
      end
    end
  end
  return unsatisfied
end
function Planner:add_constraints_consuming_to(v, coll)
  local determining = v.determined_by
  for _, c in ipairs(v.constraints) do
    if c ~= determining and c:is_satisfied() then coll[#coll + 1] = c end
  end
end

local function chain_test(n)
  planner = Planner.new()
  local prev, first, last = nil, nil, nil
  for i = 0, n do
    local v = Variable.new("v" .. i)
    if prev ~= nil then EqualityConstraint.new(prev, v, REQUIRED) end
    if i == 0 then first = v end
    if i == n then last = v end
    prev = v
  end
  StayConstraint.new(last, STRONG_DEFAULT)
  local edit = EditConstraint.new(first, PREFERRED)
  local plan = planner:extract_plan_from_constraints({edit})
  local total = 0
  for i = 0, 99 do
    first.value = i
    plan:execute()
    if last.value ~= i then error("chain test failed") end
    total = total + last.value + plan:len()
  end
  return total + planner.current_mark
end

local function change(v, new_value)
  local edit = EditConstraint.new(v, PREFERRED)
  local plan = planner:extract_plan_from_constraints({edit})
  for _ = 1, 10 do
    v.value = new_value
    plan:execute()
  end
  edit:destroy_constraint()
  return plan:len()
end

local function projection_test(n)
  planner = Planner.new()
  local scale = Variable.new("scale", 10)
  local offset = Variable.new("offset", 1000)
  local src, dst = nil, nil
  local dests = {}
  for i = 0, n - 1 do
    src = Variable.new("src" .. i, i)
    dst = Variable.new("dst" .. i, i)
    dests[#dests + 1] = dst
    StayConstraint.new(src, NORMAL)
    ScaleConstraint.new(src, scale, offset, dst, REQUIRED)
  end
  local total = change(src, 17)
  if dst.value ~= 1170 then error("projection 1 failed") end
  total = total + change(dst, 1050)
  if src.value ~= 5 then error("projection 2 failed") end
  total = total + change(scale, 5)
  for i = 0, n - 2 do
    if dests[i + 1].value ~= i * 5 + 1000 then error("projection 3 failed") end
  end
  total = total + change(offset, 2000)
  for i = 0, n - 2 do
    if dests[i + 1].value ~= i * 5 + 2000 then error("projection 4 failed") end
  end
  for _, d in ipairs(dests) do total = total + d.value end
  return total + planner.current_mark
end

local runs = tonumber(arg[1]) or 10
local chain_total, projection_total = 0, 0
for _ = 1, runs do
  chain_total = chain_total + chain_test(SIZE)
  projection_total = projection_total + projection_test(SIZE)
end
print(string.format("%d runs: chain %d, projection %d", runs, chain_total, projection_total))
