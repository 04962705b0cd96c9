/* Twin of ray_tracer.py: vectors are structs passed by value, shapes are
   structs with intersect/normal_at function pointers (sphere and plane
   overriding them), materials carry a color_at function pointer (plain or
   checkered). Same float operations in the same order as the Python. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define EPSILON 1e-4
#define MAX_DEPTH 3
#define AMBIENT 0.1

typedef struct { double x, y, z; } vec;

static vec v(double x, double y, double z) { return (vec){x, y, z}; }
static vec add(vec a, vec b) { return v(a.x + b.x, a.y + b.y, a.z + b.z); }
static vec sub(vec a, vec b) { return v(a.x - b.x, a.y - b.y, a.z - b.z); }
static vec mul(vec a, double k) { return v(a.x * k, a.y * k, a.z * k); }
static vec rmul(double k, vec a) { return v(k * a.x, k * a.y, k * a.z); }
static vec neg(vec a) { return v(-a.x, -a.y, -a.z); }
static double dot(vec a, vec b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
static double length(vec a) { return sqrt(dot(a, a)); }
static vec normalized(vec a) { return mul(a, 1.0 / length(a)); }

static const vec WHITE = {1.0, 1.0, 1.0};
static const vec BACKGROUND = {0.1, 0.15, 0.25};

typedef struct { vec origin, direction; } ray;

struct material {
    vec color, other_color;
    double diffuse, specular, reflection;
    vec (*color_at)(const struct material *, vec);
};

static vec plain_color_at(const struct material *m, vec p) { (void)p; return m->color; }
static vec checker_color_at(const struct material *m, vec p) {
    if ((((long)floor(p.x) + (long)floor(p.z)) & 1) == 0) return m->color;
    return m->other_color;
}

struct shape {
    struct material *material;
    vec center, point, normal;
    double radius;
    int (*intersect)(const struct shape *, ray, double *);
    vec (*normal_at)(const struct shape *, vec);
};

static int sphere_intersect(const struct shape *s, ray r, double *out) {
    vec oc = sub(r.origin, s->center);
    double b = dot(oc, r.direction);
    double c = dot(oc, oc) - s->radius * s->radius;
    double disc = b * b - c;
    if (disc < 0.0) return 0;
    double sq = sqrt(disc);
    double t = -b - sq;
    if (t > EPSILON) { *out = t; return 1; }
    t = -b + sq;
    if (t > EPSILON) { *out = t; return 1; }
    return 0;
}
static vec sphere_normal_at(const struct shape *s, vec p) { return normalized(sub(p, s->center)); }

static int plane_intersect(const struct shape *s, ray r, double *out) {
    double denom = dot(s->normal, r.direction);
    if (fabs(denom) < 1e-9) return 0;
    double t = dot(sub(s->point, r.origin), s->normal) / denom;
    if (t > EPSILON) { *out = t; return 1; }
    return 0;
}
static vec plane_normal_at(const struct shape *s, vec p) { (void)p; return s->normal; }

struct light { vec position; double intensity; };

#define MAX_SHAPES 8
static struct shape *shapes[MAX_SHAPES];
static int n_shapes;
static struct light lights[2];
static int n_lights;

static struct material *new_material(vec color, double diffuse, double specular, double reflection) {
    struct material *m = malloc(sizeof *m);
    *m = (struct material){color, color, diffuse, specular, reflection, plain_color_at};
    return m;
}
static struct shape *new_sphere(vec center, double radius, struct material *m) {
    struct shape *s = calloc(1, sizeof *s);
    s->material = m; s->center = center; s->radius = radius;
    s->intersect = sphere_intersect; s->normal_at = sphere_normal_at;
    return s;
}
static struct shape *new_plane(vec point, vec normal, struct material *m) {
    struct shape *s = calloc(1, sizeof *s);
    s->material = m; s->point = point; s->normal = normalized(normal);
    s->intersect = plane_intersect; s->normal_at = plane_normal_at;
    return s;
}

static struct shape *nearest(ray r, double *best_t) {
    struct shape *best = NULL;
    for (int i = 0; i < n_shapes; i++) {
        double t;
        if (shapes[i]->intersect(shapes[i], r, &t) && (!best || t < *best_t)) {
            *best_t = t;
            best = shapes[i];
        }
    }
    return best;
}

static int occluded(ray r, double distance) {
    for (int i = 0; i < n_shapes; i++) {
        double t;
        if (shapes[i]->intersect(shapes[i], r, &t) && t < distance) return 1;
    }
    return 0;
}

static vec trace(ray r, int depth) {
    double t;
    struct shape *shape = nearest(r, &t);
    if (!shape) return BACKGROUND;
    vec point = add(r.origin, mul(r.direction, t));
    vec normal = shape->normal_at(shape, point);
    struct material *m = shape->material;
    vec base = m->color_at(m, point);
    vec color = mul(base, AMBIENT);
    for (int i = 0; i < n_lights; i++) {
        struct light *light = &lights[i];
        vec to_light = sub(light->position, point);
        double distance = length(to_light);
        vec direction = mul(to_light, 1.0 / distance);
        if (occluded((ray){point, direction}, distance)) continue;
        double lambert = dot(normal, direction);
        if (lambert > 0.0) color = add(color, mul(base, lambert * m->diffuse * light->intensity));
        vec view = neg(r.direction);
        vec half = normalized(add(direction, view));
        double spec = dot(normal, half);
        if (spec > 0.0) {
            spec = spec * spec;
            spec = spec * spec;
            spec = spec * spec;
            spec = spec * spec;
            color = add(color, rmul(spec * m->specular * light->intensity, WHITE));
        }
    }
    if (depth < MAX_DEPTH && m->reflection > 0.0) {
        vec d = r.direction;
        vec reflected = sub(d, mul(normal, 2.0 * dot(normal, d)));
        color = add(color, mul(trace((ray){point, reflected}, depth + 1), m->reflection));
    }
    return color;
}

static long channel(double c) { return (long)((c > 1.0 ? 1.0 : c) * 255); }

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 64;
    struct material *floor_material = new_material(v(0.9, 0.9, 0.9), 0.8, 0.1, 0.2);
    floor_material->other_color = v(0.1, 0.1, 0.1);
    floor_material->color_at = checker_color_at;
    shapes[n_shapes++] = new_plane(v(0.0, 0.0, 0.0), v(0.0, 1.0, 0.0), floor_material);
    shapes[n_shapes++] = new_sphere(v(0.0, 1.0, 3.0), 1.0, new_material(v(1.0, 0.2, 0.2), 0.7, 0.5, 0.3));
    shapes[n_shapes++] = new_sphere(v(-2.2, 0.8, 4.0), 0.8, new_material(v(0.2, 1.0, 0.2), 0.8, 0.3, 0.1));
    shapes[n_shapes++] = new_sphere(v(2.0, 0.6, 2.2), 0.6, new_material(v(0.2, 0.3, 1.0), 0.6, 0.8, 0.5));
    shapes[n_shapes++] = new_sphere(v(0.7, 0.3, 0.8), 0.3, new_material(v(1.0, 1.0, 0.2), 0.9, 0.2, 0.0));
    lights[n_lights++] = (struct light){v(-3.0, 5.0, -2.0), 0.8};
    lights[n_lights++] = (struct light){v(4.0, 6.0, -1.0), 0.5};

    vec eye = v(0.0, 1.2, -4.0);
    long total = 0, hits = 0;
    for (int j = 0; j < n; j++) {
        for (int i = 0; i < n; i++) {
            double dx = (2.0 * i - n) / n;
            double dy = (n - 2.0 * j) / n;
            ray r = {eye, normalized(v(dx, dy, 2.0))};
            double t;
            if (nearest(r, &t)) hits++;
            vec color = trace(r, 0);
            total += channel(color.x) + channel(color.y) + channel(color.z);
        }
    }
    printf("%dx%d pixels, %ld hits, checksum %ld\n", n, n, hits, total);
    return 0;
}
