-- Twin of task_scheduler.py: classes as metatables with __index, Task
-- subclasses chained to Task (and Task to TaskState) with setmetatable,
-- packets as linked tables.
local bxor = bit and bit.bxor or load("return function(a, b) return a ~ b end")()

local BUFSIZE = 4
local I_IDLE, I_WORK, I_HANDLERA, I_HANDLERB, I_DEVA, I_DEVB = 1, 2, 3, 4, 5, 6
local K_DEV, K_WORK = 1000, 1001

local Packet = {}
Packet.__index = Packet
function Packet.new(link, ident, kind)
  return setmetatable({link = link, ident = ident, kind = kind, datum = 0, data = {0, 0, 0, 0}}, Packet)
end
function Packet:append_to(lst)
  self.link = nil
  if lst == nil then return self end
  local p = lst
  local next_p = p.link
  while next_p ~= nil do
    p = next_p
    next_p = p.link
  end
  p.link = self
  return lst
end

local HandlerTaskRec = {}
HandlerTaskRec.__index = HandlerTaskRec
function HandlerTaskRec.new() return setmetatable({work_in = nil, device_in = nil}, HandlerTaskRec) end
function HandlerTaskRec:work_in_add(p)
  self.work_in = p:append_to(self.work_in)
  return self.work_in
end
function HandlerTaskRec:device_in_add(p)
  self.device_in = p:append_to(self.device_in)
  return self.device_in
end

local TaskState = {}
TaskState.__index = TaskState
function TaskState.new()
  return setmetatable({packet_pending = true, task_waiting = false, task_holding = false}, TaskState)
end
function TaskState:packet_pending_state()
  self.packet_pending, self.task_waiting, self.task_holding = true, false, false
  return self
end
function TaskState:waiting()
  self.packet_pending, self.task_waiting, self.task_holding = false, true, false
  return self
end
function TaskState:running()
  self.packet_pending, self.task_waiting, self.task_holding = false, false, false
  return self
end
function TaskState:waiting_with_packet()
  self.packet_pending, self.task_waiting, self.task_holding = true, true, false
  return self
end
function TaskState:is_task_holding_or_waiting()
  return self.task_holding or (not self.packet_pending and self.task_waiting)
end
function TaskState:is_waiting_with_packet()
  return self.packet_pending and self.task_waiting and not self.task_holding
end

local Task = setmetatable({}, TaskState)
Task.__index = Task
function Task.new(class, area, ident, priority, input, state, handle)
  local t = setmetatable({area = area, link = area.task_list, ident = ident, priority = priority,
    input = input, packet_pending = state.packet_pending, task_waiting = state.task_waiting,
    task_holding = state.task_holding, handle = handle}, class)
  area.task_list = t
  area.task_tab[ident] = t
  return t
end
function Task:add_packet(p, old)
  if self.input == nil then
    self.input = p
    self.packet_pending = true
    if self.priority > old.priority then return self end
  else
    p:append_to(self.input)
  end
  return old
end
function Task:run_task()
  local msg = nil
  if self:is_waiting_with_packet() then
    msg = self.input
    self.input = msg.link
    if self.input == nil then self:running() else self:packet_pending_state() end
  end
  return self:fn(msg, self.handle)
end
function Task:wait_task()
  self.task_waiting = true
  return self
end
function Task:hold()
  self.area.hold_count = self.area.hold_count + 1
  self.task_holding = true
  return self.link
end
function Task:release(ident)
  local t = self:find_tcb(ident)
  t.task_holding = false
  if t.priority > self.priority then return t end
  return self
end
function Task:qpkt(pkt)
  local t = self:find_tcb(pkt.ident)
  self.area.qpkt_count = self.area.qpkt_count + 1
  pkt.link = nil
  pkt.ident = self.ident
  return t:add_packet(pkt, self)
end
function Task:find_tcb(ident)
  local t = self.area.task_tab[ident]
  if t == nil then error("bad task id " .. ident) end
  return t
end

local function subclass(base)
  local c = setmetatable({}, base)
  c.__index = c
  return c
end

local DeviceTask = subclass(Task)
function DeviceTask:fn(pkt, rec)
  if pkt == nil then
    pkt = rec.pending
    if pkt == nil then return self:wait_task() end
    rec.pending = nil
    return self:qpkt(pkt)
  end
  rec.pending = pkt
  return self:hold()
end

local HandlerTask = subclass(Task)
function HandlerTask:fn(pkt, rec)
  if pkt ~= nil then
    if pkt.kind == K_WORK then rec:work_in_add(pkt) else rec:device_in_add(pkt) end
  end
  local work = rec.work_in
  if work == nil then return self:wait_task() end
  local count = work.datum
  if count >= BUFSIZE then
    rec.work_in = work.link
    return self:qpkt(work)
  end
  local dev = rec.device_in
  if dev == nil then return self:wait_task() end
  rec.device_in = dev.link
  dev.datum = work.data[count + 1]
  work.datum = count + 1
  return self:qpkt(dev)
end

local IdleTask = subclass(Task)
function IdleTask:fn(pkt, rec)
  rec.count = rec.count - 1
  if rec.count == 0 then return self:hold() end
  if rec.control % 2 == 0 then
    rec.control = math.floor(rec.control / 2)
    return self:release(I_DEVA)
  end
  rec.control = bxor(math.floor(rec.control / 2), 0xD008)
  return self:release(I_DEVB)
end

local WorkTask = subclass(Task)
function WorkTask:fn(pkt, rec)
  if pkt == nil then return self:wait_task() end
  local dest
  if rec.destination == I_HANDLERA then dest = I_HANDLERB else dest = I_HANDLERA end
  rec.destination = dest
  pkt.ident = dest
  pkt.datum = 0
  for i = 1, BUFSIZE do
    rec.count = rec.count + 1
    if rec.count > 26 then rec.count = 1 end
    pkt.data[i] = string.byte("A") + rec.count - 1
  end
  return self:qpkt(pkt)
end

local function schedule(area)
  local t = area.task_list
  while t ~= nil do
    if t:is_task_holding_or_waiting() then t = t.link else t = t:run_task() end
  end
end

local function run(count)
  local area = {task_tab = {}, task_list = nil, hold_count = 0, qpkt_count = 0}
  Task.new(IdleTask, area, I_IDLE, 1, nil, TaskState.new():running(), {control = 1, count = count})

  local wkq = Packet.new(nil, 0, K_WORK)
  wkq = Packet.new(wkq, 0, K_WORK)
  Task.new(WorkTask, area, I_WORK, 1000, wkq, TaskState.new():waiting_with_packet(),
    {destination = I_HANDLERA, count = 0})

  wkq = Packet.new(nil, I_DEVA, K_DEV)
  wkq = Packet.new(wkq, I_DEVA, K_DEV)
  wkq = Packet.new(wkq, I_DEVA, K_DEV)
  Task.new(HandlerTask, area, I_HANDLERA, 2000, wkq, TaskState.new():waiting_with_packet(), HandlerTaskRec.new())

  wkq = Packet.new(nil, I_DEVB, K_DEV)
  wkq = Packet.new(wkq, I_DEVB, K_DEV)
  wkq = Packet.new(wkq, I_DEVB, K_DEV)
  Task.new(HandlerTask, area, I_HANDLERB, 3000, wkq, TaskState.new():waiting_with_packet(), HandlerTaskRec.new())

  Task.new(DeviceTask, area, I_DEVA, 4000, nil, TaskState.new():waiting(), {pending = nil})
  Task.new(DeviceTask, area, I_DEVB, 5000, nil, TaskState.new():waiting(), {pending = nil})

  schedule(area)
  return area.qpkt_count, area.hold_count
end

local n = tonumber(arg[1]) or 10000
local qpkt_count, hold_count = run(n)
print(string.format("%d packets queued, %d holds", qpkt_count, hold_count))
