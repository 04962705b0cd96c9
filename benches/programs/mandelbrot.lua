-- Twin of mandelbrot.py.
local function mandelbrot(n)
  local inside = 0
  for y = 0, n - 1 do
    local ci = 2.0 * y / n - 1.0
    for x = 0, n - 1 do
      local cr = 2.0 * x / n - 1.5
      local zr, zi = 0.0, 0.0
      local escaped = false
      for _ = 1, 50 do
        local tr = zr * zr - zi * zi + cr
        zi = 2.0 * zr * zi + ci
        zr = tr
        if zr * zr + zi * zi > 4.0 then
          escaped = true
          break
        end
      end
      if not escaped then inside = inside + 1 end
    end
  end
  return inside
end
print(string.format("%d", mandelbrot(tonumber(arg[1]) or 300)))
