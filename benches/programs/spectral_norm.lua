-- Twin of spectral_norm.py (0-based i, j in the formula; 1-based tables).
local function a(i, j)
  return 1.0 / (math.floor((i + j) * (i + j + 1) / 2) + i + 1)
end
local function mul_av(v, out, n)
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do s = s + a(i, j) * v[j + 1] end
    out[i + 1] = s
  end
end
local function mul_atv(v, out, n)
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do s = s + a(j, i) * v[j + 1] end
    out[i + 1] = s
  end
end
local function mul_atav(v, out, tmp, n)
  mul_av(v, tmp, n)
  mul_atv(tmp, out, n)
end
local function spectral_norm(n)
  local u, v, tmp = {}, {}, {}
  for i = 1, n do u[i] = 1.0; v[i] = 0.0; tmp[i] = 0.0 end
  for _ = 1, 10 do
    mul_atav(u, v, tmp, n)
    mul_atav(v, u, tmp, n)
  end
  local vbv, vv = 0.0, 0.0
  for i = 1, n do
    vbv = vbv + u[i] * v[i]
    vv = vv + v[i] * v[i]
  end
  return (vbv / vv) ^ 0.5
end
print(string.format("%.9f", spectral_norm(tonumber(arg[1]) or 300)))
