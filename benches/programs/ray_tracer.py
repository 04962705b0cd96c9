# A small ray tracer written the way a Python user writes one: a Vector
# class with operator dunders (+, -, *, unary -, and scalar * vector through
# __rmul__), Ray, Material (and a checkered subclass), Sphere and Plane
# subclasses of Shape overriding intersect() and normal_at(), and a Scene
# whose trace() finds the nearest hit, casts shadow rays to two lights and
# recurses for reflections. The argument is the image's width and height;
# the output is a checksum of the 8-bit pixel values, not an image. Every
# twin does the same float operations in the same order (no pow or
# trigonometry), so all of them agree bit for bit.
import math
import sys

EPSILON = 1e-4
MAX_DEPTH = 3
AMBIENT = 0.1


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def __rmul__(self, k):
        return Vector(k * self.x, k * self.y, k * self.z)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def __repr__(self):
        return f"Vector({self.x}, {self.y}, {self.z})"


WHITE = Vector(1.0, 1.0, 1.0)
BACKGROUND = Vector(0.1, 0.15, 0.25)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def point_at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, reflection):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflection = reflection

    def color_at(self, point):
        return self.color


class CheckerMaterial(Material):
    def __init__(self, color, other_color, diffuse, specular, reflection):
        super().__init__(color, diffuse, specular, reflection)
        self.other_color = other_color

    def color_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.color
        return self.other_color


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, center, radius, material):
        super().__init__(material)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        s = math.sqrt(disc)
        t = -b - s
        if t > EPSILON:
            return t
        t = -b + s
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane(Shape):
    def __init__(self, point, normal, material):
        super().__init__(material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, intensity):
        self.position = position
        self.intensity = intensity


class Scene:
    def __init__(self):
        self.shapes = []
        self.lights = []

    def add(self, shape):
        self.shapes.append(shape)

    def nearest(self, ray):
        best_t = None
        best_shape = None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best_shape = shape
        return best_t, best_shape

    def occluded(self, ray, distance):
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        t, shape = self.nearest(ray)
        if shape is None:
            return BACKGROUND
        point = ray.point_at(t)
        normal = shape.normal_at(point)
        material = shape.material
        base = material.color_at(point)
        color = base * AMBIENT
        for light in self.lights:
            to_light = light.position - point
            distance = to_light.length()
            direction = to_light * (1.0 / distance)
            if self.occluded(Ray(point, direction), distance):
                continue
            lambert = normal.dot(direction)
            if lambert > 0.0:
                color = color + base * (lambert * material.diffuse * light.intensity)
            view = -ray.direction
            half = (direction + view).normalized()
            spec = normal.dot(half)
            if spec > 0.0:
                spec = spec * spec
                spec = spec * spec
                spec = spec * spec
                spec = spec * spec
                color = color + (spec * material.specular * light.intensity) * WHITE
        if depth < MAX_DEPTH and material.reflection > 0.0:
            d = ray.direction
            reflected = d - normal * (2.0 * normal.dot(d))
            color = color + self.trace(Ray(point, reflected), depth + 1) * material.reflection
        return color


def make_scene():
    scene = Scene()
    floor = CheckerMaterial(Vector(0.9, 0.9, 0.9), Vector(0.1, 0.1, 0.1), 0.8, 0.1, 0.2)
    scene.add(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), floor))
    scene.add(Sphere(Vector(0.0, 1.0, 3.0), 1.0, Material(Vector(1.0, 0.2, 0.2), 0.7, 0.5, 0.3)))
    scene.add(Sphere(Vector(-2.2, 0.8, 4.0), 0.8, Material(Vector(0.2, 1.0, 0.2), 0.8, 0.3, 0.1)))
    scene.add(Sphere(Vector(2.0, 0.6, 2.2), 0.6, Material(Vector(0.2, 0.3, 1.0), 0.6, 0.8, 0.5)))
    scene.add(Sphere(Vector(0.7, 0.3, 0.8), 0.3, Material(Vector(1.0, 1.0, 0.2), 0.9, 0.2, 0.0)))
    scene.lights.append(Light(Vector(-3.0, 5.0, -2.0), 0.8))
    scene.lights.append(Light(Vector(4.0, 6.0, -1.0), 0.5))
    return scene


def render(scene, size):
    eye = Vector(0.0, 1.2, -4.0)
    total = 0
    hits = 0
    for j in range(size):
        for i in range(size):
            dx = (2.0 * i - size) / size
            dy = (size - 2.0 * j) / size
            ray = Ray(eye, Vector(dx, dy, 2.0).normalized())
            if scene.nearest(ray)[1] is not None:
                hits += 1
            color = scene.trace(ray, 0)
            total += int(min(color.x, 1.0) * 255) + int(min(color.y, 1.0) * 255) + int(min(color.z, 1.0) * 255)
    return total, hits


n = int(sys.argv[1]) if len(sys.argv) > 1 else 64
total, hits = render(make_scene(), n)
print(f"{n}x{n} pixels, {hits} hits, checksum {total}")
