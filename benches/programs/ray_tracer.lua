-- Twin of ray_tracer.py: Vector is a metatable with __add, __sub, __mul
-- (vector * number and number * vector) and __unm; Sphere and Plane chain
-- to Shape, CheckerMaterial to Material, through setmetatable. Same float
-- operations in the same order as the Python.
local sqrt, floor = math.sqrt, math.floor

local EPSILON = 1e-4
local MAX_DEPTH = 3
local AMBIENT = 0.1

local Vector = {}
Vector.__index = Vector
local function vec(x, y, z) return setmetatable({x = x, y = y, z = z}, Vector) end
Vector.__add = function(a, b) return vec(a.x + b.x, a.y + b.y, a.z + b.z) end
Vector.__sub = function(a, b) return vec(a.x - b.x, a.y - b.y, a.z - b.z) end
Vector.__mul = function(a, b)
  if type(a) == "number" then return vec(a * b.x, a * b.y, a * b.z) end
  return vec(a.x * b, a.y * b, a.z * b)
end
Vector.__unm = function(a) return vec(-a.x, -a.y, -a.z) end
function Vector:dot(o) return self.x * o.x + self.y * o.y + self.z * o.z end
function Vector:length() return sqrt(self:dot(self)) end
function Vector:normalized() return self * (1.0 / self:length()) end

local WHITE = vec(1.0, 1.0, 1.0)
local BACKGROUND = vec(0.1, 0.15, 0.25)

local Ray = {}
Ray.__index = Ray
function Ray.new(origin, direction) return setmetatable({origin = origin, direction = direction}, Ray) end
function Ray:point_at(t) return self.origin + self.direction * t end

local Material = {}
Material.__index = Material
function Material.new(color, diffuse, specular, reflection)
  return setmetatable({color = color, diffuse = diffuse, specular = specular, reflection = reflection}, Material)
end
function Material:color_at(point) return self.color end

local CheckerMaterial = setmetatable({}, Material)
CheckerMaterial.__index = CheckerMaterial
function CheckerMaterial.new(color, other_color, diffuse, specular, reflection)
  local m = Material.new(color, diffuse, specular, reflection)
  m.other_color = other_color
  return setmetatable(m, CheckerMaterial)
end
function CheckerMaterial:color_at(point)
  if (floor(point.x) + floor(point.z)) % 2 == 0 then return self.color end
  return self.other_color
end

local Shape = {}
Shape.__index = Shape

local Sphere = setmetatable({}, Shape)
Sphere.__index = Sphere
function Sphere.new(center, radius, material)
  return setmetatable({material = material, center = center, radius = radius}, Sphere)
end
function Sphere:intersect(ray)
  local oc = ray.origin - self.center
  local b = oc:dot(ray.direction)
  local c = oc:dot(oc) - self.radius * self.radius
  local disc = b * b - c
  if disc < 0.0 then return nil end
  local s = sqrt(disc)
  local t = -b - s
  if t > EPSILON then return t end
  t = -b + s
  if t > EPSILON then return t end
  return nil
end
function Sphere:normal_at(point) return (point - self.center):normalized() end

local Plane = setmetatable({}, Shape)
Plane.__index = Plane
function Plane.new(point, normal, material)
  return setmetatable({material = material, point = point, normal = normal:normalized()}, Plane)
end
function Plane:intersect(ray)
  local denom = self.normal:dot(ray.direction)
  if math.abs(denom) < 1e-9 then return nil end
  local t = (self.point - ray.origin):dot(self.normal) / denom
  if t > EPSILON then return t end
  return nil
end
function Plane:normal_at(point) return self.normal end

local Scene = {}
Scene.__index = Scene
function Scene.new() return setmetatable({shapes = {}, lights = {}}, Scene) end
function Scene:add(shape) self.shapes[#self.shapes + 1] = shape end
function Scene:nearest(ray)
  local best_t, best_shape = nil, nil
  for _, shape in ipairs(self.shapes) do
    local t = shape:intersect(ray)
    if t ~= nil and (best_t == nil or t < best_t) then
      best_t, best_shape = t, shape
    end
  end
  return best_t, best_shape
end
function Scene:occluded(ray, distance)
  for _, shape in ipairs(self.shapes) do
    local t = shape:intersect(ray)
    if t ~= nil and t < distance then return true end
  end
  return false
end
function Scene:trace(ray, depth)
  local t, shape = self:nearest(ray)
  if shape == nil then return BACKGROUND end
  local point = ray:point_at(t)
  local normal = shape:normal_at(point)
  local material = shape.material
  local base = material:color_at(point)
  local color = base * AMBIENT
  for _, light in ipairs(self.lights) do
    local to_light = light.position - point
    local distance = to_light:length()
    local direction = to_light * (1.0 / distance)
    if not self:occluded(Ray.new(point, direction), distance) then
      local lambert = normal:dot(direction)
      if lambert > 0.0 then
        color = color + base * (lambert * material.diffuse * light.intensity)
      end
      local view = -ray.direction
      local half = (direction + view):normalized()
      local spec = normal:dot(half)
      if spec > 0.0 then
        spec = spec * spec
        spec = spec * spec
        spec = spec * spec
        spec = spec * spec
        color = color + (spec * material.specular * light.intensity) * WHITE
      end
    end
  end
  if depth < MAX_DEPTH and material.reflection > 0.0 then
    local d = ray.direction
    local reflected = d - normal * (2.0 * normal:dot(d))
    color = color + self:trace(Ray.new(point, reflected), depth + 1) * material.reflection
  end
  return color
end

local function make_scene()
  local scene = Scene.new()
  local floor_material = CheckerMaterial.new(vec(0.9, 0.9, 0.9), vec(0.1, 0.1, 0.1), 0.8, 0.1, 0.2)
  scene:add(Plane.new(vec(0.0, 0.0, 0.0), vec(0.0, 1.0, 0.0), floor_material))
  scene:add(Sphere.new(vec(0.0, 1.0, 3.0), 1.0, Material.new(vec(1.0, 0.2, 0.2), 0.7, 0.5, 0.3)))
  scene:add(Sphere.new(vec(-2.2, 0.8, 4.0), 0.8, Material.new(vec(0.2, 1.0, 0.2), 0.8, 0.3, 0.1)))
  scene:add(Sphere.new(vec(2.0, 0.6, 2.2), 0.6, Material.new(vec(0.2, 0.3, 1.0), 0.6, 0.8, 0.5)))
  scene:add(Sphere.new(vec(0.7, 0.3, 0.8), 0.3, Material.new(vec(1.0, 1.0, 0.2), 0.9, 0.2, 0.0)))
  scene.lights[1] = {position = vec(-3.0, 5.0, -2.0), intensity = 0.8}
  scene.lights[2] = {position = vec(4.0, 6.0, -1.0), intensity = 0.5}
  return scene
end

local function channel(c)
  if c > 1.0 then c = 1.0 end
  return floor(c * 255)
end

local function render(scene, size)
  local eye = vec(0.0, 1.2, -4.0)
  local total, hits = 0, 0
  for j = 0, size - 1 do
    for i = 0, size - 1 do
      local dx = (2.0 * i - size) / size
      local dy = (size - 2.0 * j) / size
      local ray = Ray.new(eye, vec(dx, dy, 2.0):normalized())
      local _, hit = scene:nearest(ray)
      if hit ~= nil then hits = hits + 1 end
      local color = scene:trace(ray, 0)
      total = total + channel(color.x) + channel(color.y) + channel(color.z)
    end
  end
  return total, hits
end

local n = tonumber(arg[1]) or 64
local total, hits = render(make_scene(), n)
print(string.format("%dx%d pixels, %d hits, checksum %d", n, n, hits, total))
