/* Twin of constraint_solver.py: a constraint is a struct with a pointer to
   its class's table of function pointers (stay, edit, equality and scale
   sharing the unary or binary base functions and overriding some), a
   variable keeps a growing array of its constraints, lists are growing
   arrays with a head index for pop(0). Every variable and constraint of a
   test is freed when the test ends, as Python frees them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SIZE 100

struct strength { int strength; const char *name; };
static struct strength STRENGTHS[7] = {
    {0, "required"}, {1, "strongPreferred"}, {2, "preferred"}, {3, "strongDefault"},
    {4, "normal"}, {5, "weakDefault"}, {6, "weakest"},
};
#define REQUIRED (&STRENGTHS[0])
#define PREFERRED (&STRENGTHS[2])
#define STRONG_DEFAULT (&STRENGTHS[3])
#define NORMAL (&STRENGTHS[4])
#define WEAKEST (&STRENGTHS[6])
static int stronger(const struct strength *a, const struct strength *b) { return a->strength < b->strength; }
static int weaker(const struct strength *a, const struct strength *b) { return a->strength > b->strength; }
static struct strength *weakest_of(struct strength *a, struct strength *b) { return weaker(a, b) ? a : b; }
static struct strength *next_weaker(const struct strength *s) {
    return &STRENGTHS[s->strength < 6 ? s->strength + 1 : 6];
}

enum { NONE = 0, FORWARD = 1, BACKWARD = -1 };

struct list { void **items; long head, len, cap; };
static void push(struct list *l, void *x) {
    if (l->len == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 4;
        l->items = realloc(l->items, l->cap * sizeof *l->items);
    }
    l->items[l->len++] = x;
}
static void *pop_front(struct list *l) { return l->items[l->head++]; }
static int nonempty(const struct list *l) { return l->head < l->len; }

struct constraint;
struct variable {
    char name[16];
    long value;
    struct list constraints;
    struct constraint *determined_by;
    long mark;
    struct strength *walk_strength;
    int stay;
};

struct vtable {
    void (*add_to_graph)(struct constraint *);
    void (*choose_method)(struct constraint *, long);
    int (*is_satisfied)(struct constraint *);
    void (*mark_inputs)(struct constraint *, long);
    struct variable *(*output)(struct constraint *);
    void (*recalculate)(struct constraint *);
    void (*mark_unsatisfied)(struct constraint *);
    int (*inputs_known)(struct constraint *, long);
    void (*remove_from_graph)(struct constraint *);
    void (*execute)(struct constraint *);
    int (*is_input)(struct constraint *);
};

struct constraint {
    const struct vtable *vt;
    struct strength *strength;
    struct variable *my_output;   /* unary */
    int satisfied;
    struct variable *v1, *v2;     /* binary */
    int direction;
    struct variable *scale, *offset;
};

struct planner { long current_mark; struct list variables, constraints; };
static struct planner *planner;

static void die(const char *msg) { fprintf(stderr, "%s\n", msg); exit(1); }

static struct variable *new_variable(const char *prefix, long i, long value) {
    struct variable *v = calloc(1, sizeof *v);
    if (i >= 0) snprintf(v->name, sizeof v->name, "%s%ld", prefix, i);
    else snprintf(v->name, sizeof v->name, "%s", prefix);
    v->value = value;
    v->walk_strength = WEAKEST;
    v->stay = 1;
    push(&planner->variables, v);
    return v;
}
static void var_add_constraint(struct variable *v, struct constraint *c) { push(&v->constraints, c); }
static void var_remove_constraint(struct variable *v, struct constraint *c) {
    struct list *l = &v->constraints;
    for (long i = l->head; i < l->len; i++) {
        if (l->items[i] == c) {
            memmove(&l->items[i], &l->items[i + 1], (l->len - i - 1) * sizeof *l->items);
            l->len--;
            break;
        }
    }
    if (v->determined_by == c) v->determined_by = NULL;
}

/* The planner. */
static long new_mark(void) { return ++planner->current_mark; }
static void incremental_remove(struct constraint *c);

static void add_constraints_consuming_to(struct variable *v, struct list *coll) {
    struct constraint *determining = v->determined_by;
    for (long i = v->constraints.head; i < v->constraints.len; i++) {
        struct constraint *c = v->constraints.items[i];
        if (c != determining && c->vt->is_satisfied(c)) push(coll, c);
    }
}

static int add_propagate(struct constraint *c, long mark) {
    struct list todo = {0};
    push(&todo, c);
    while (nonempty(&todo)) {
        struct constraint *d = pop_front(&todo);
        if (d->vt->output(d)->mark == mark) {
            incremental_remove(c);
            free(todo.items);
            return 0;
        }
        d->vt->recalculate(d);
        add_constraints_consuming_to(d->vt->output(d), &todo);
    }
    free(todo.items);
    return 1;
}

static struct constraint *satisfy(struct constraint *c, long mark) {
    c->vt->choose_method(c, mark);
    if (!c->vt->is_satisfied(c)) {
        if (c->strength == REQUIRED) die("could not satisfy a required constraint");
        return NULL;
    }
    c->vt->mark_inputs(c, mark);
    struct variable *out = c->vt->output(c);
    struct constraint *overridden = out->determined_by;
    if (overridden) overridden->vt->mark_unsatisfied(overridden);
    out->determined_by = c;
    if (!add_propagate(c, mark)) die("cycle encountered");
    out->mark = mark;
    return overridden;
}

static void incremental_add(struct constraint *c) {
    long mark = new_mark();
    struct constraint *overridden = satisfy(c, mark);
    while (overridden) overridden = satisfy(overridden, mark);
}

static struct list remove_propagate_from(struct variable *out) {
    out->determined_by = NULL;
    out->walk_strength = WEAKEST;
    out->stay = 1;
    struct list unsatisfied = {0}, todo = {0};
    push(&todo, out);
    while (nonempty(&todo)) {
        struct variable *v = pop_front(&todo);
        for (long i = v->constraints.head; i < v->constraints.len; i++) {
            struct constraint *c = v->constraints.items[i];
            if (!c->vt->is_satisfied(c)) push(&unsatisfied, c);
        }
        struct constraint *determining = v->determined_by;
        for (long i = v->constraints.head; i < v->constraints.len; i++) {
            struct constraint *c = v->constraints.items[i];
            if (c != determining && c->vt->is_satisfied(c)) {
                c->vt->recalculate(c);
                push(&todo, c->vt->output(c));
            }
        }
    }
    free(todo.items);
    return unsatisfied;
}

static void incremental_remove(struct constraint *c) {
    struct variable *out = c->vt->output(c);
    c->vt->mark_unsatisfied(c);
    c->vt->remove_from_graph(c);
    struct list unsatisfied = remove_propagate_from(out);
    struct strength *strength = REQUIRED;
    for (;;) {
        for (long i = unsatisfied.head; i < unsatisfied.len; i++) {
            struct constraint *u = unsatisfied.items[i];
            if (u->strength == strength) incremental_add(u);
        }
        strength = next_weaker(strength);
        if (strength == WEAKEST) break;
    }
    free(unsatisfied.items);
}

static struct list make_plan(struct list *sources) {
    long mark = new_mark();
    struct list plan = {0};
    struct list *todo = sources;
    while (nonempty(todo)) {
        struct constraint *c = pop_front(todo);
        if (c->vt->output(c)->mark != mark && c->vt->inputs_known(c, mark)) {
            push(&plan, c);
            c->vt->output(c)->mark = mark;
            add_constraints_consuming_to(c->vt->output(c), todo);
        }
    }
    return plan;
}

static struct list extract_plan_from_constraint(struct constraint *c) {
    struct list sources = {0};
    if (c->vt->is_input(c) && c->vt->is_satisfied(c)) push(&sources, c);
    struct list plan = make_plan(&sources);
    free(sources.items);
    return plan;
}

static void execute_plan(struct list *plan) {
    for (long i = plan->head; i < plan->len; i++) {
        struct constraint *c = plan->items[i];
        c->vt->execute(c);
    }
}

static void destroy_constraint(struct constraint *c) {
    if (c->vt->is_satisfied(c)) incremental_remove(c);
    else c->vt->remove_from_graph(c);
}

static int no_input(struct constraint *c) { (void)c; return 0; }
static int yes_input(struct constraint *c) { (void)c; return 1; }
static void no_execute(struct constraint *c) { (void)c; }

/* Unary constraints. */
static void u_add_to_graph(struct constraint *c) { var_add_constraint(c->my_output, c); c->satisfied = 0; }
static void u_choose_method(struct constraint *c, long mark) {
    c->satisfied = c->my_output->mark != mark && stronger(c->strength, c->my_output->walk_strength);
}
static int u_is_satisfied(struct constraint *c) { return c->satisfied; }
static void u_mark_inputs(struct constraint *c, long mark) { (void)c; (void)mark; }
static struct variable *u_output(struct constraint *c) { return c->my_output; }
static void u_recalculate(struct constraint *c) {
    c->my_output->walk_strength = c->strength;
    c->my_output->stay = !c->vt->is_input(c);
    if (c->my_output->stay) c->vt->execute(c);
}
static void u_mark_unsatisfied(struct constraint *c) { c->satisfied = 0; }
static int u_inputs_known(struct constraint *c, long mark) { (void)c; (void)mark; return 1; }
static void u_remove_from_graph(struct constraint *c) {
    if (c->my_output) { var_remove_constraint(c->my_output, c); c->satisfied = 0; }
}

static const struct vtable STAY = {u_add_to_graph, u_choose_method, u_is_satisfied, u_mark_inputs, u_output,
    u_recalculate, u_mark_unsatisfied, u_inputs_known, u_remove_from_graph, no_execute, no_input};
static const struct vtable EDIT = {u_add_to_graph, u_choose_method, u_is_satisfied, u_mark_inputs, u_output,
    u_recalculate, u_mark_unsatisfied, u_inputs_known, u_remove_from_graph, no_execute, yes_input};

/* Binary constraints. */
static void b_choose_method(struct constraint *c, long mark) {
    if (c->v1->mark == mark) {
        c->direction = c->v2->mark != mark && stronger(c->strength, c->v2->walk_strength) ? FORWARD : NONE;
        return;
    }
    if (c->v2->mark == mark) {
        c->direction = c->v1->mark != mark && stronger(c->strength, c->v1->walk_strength) ? BACKWARD : NONE;
        return;
    }
    if (weaker(c->v1->walk_strength, c->v2->walk_strength))
        c->direction = stronger(c->strength, c->v1->walk_strength) ? BACKWARD : NONE;
    else
        c->direction = stronger(c->strength, c->v2->walk_strength) ? FORWARD : BACKWARD;
}
static void b_add_to_graph(struct constraint *c) {
    var_add_constraint(c->v1, c);
    var_add_constraint(c->v2, c);
    c->direction = NONE;
}
static int b_is_satisfied(struct constraint *c) { return c->direction != NONE; }
static struct variable *b_input(struct constraint *c) { return c->direction == FORWARD ? c->v1 : c->v2; }
static struct variable *b_output(struct constraint *c) { return c->direction == FORWARD ? c->v2 : c->v1; }
static void b_mark_inputs(struct constraint *c, long mark) { b_input(c)->mark = mark; }
static void b_recalculate(struct constraint *c) {
    struct variable *ihn = b_input(c), *out = b_output(c);
    out->walk_strength = weakest_of(c->strength, ihn->walk_strength);
    out->stay = ihn->stay;
    if (out->stay) c->vt->execute(c);
}
static void b_mark_unsatisfied(struct constraint *c) { c->direction = NONE; }
static int b_inputs_known(struct constraint *c, long mark) {
    struct variable *i = b_input(c);
    return i->mark == mark || i->stay || i->determined_by == NULL;
}
static void b_remove_from_graph(struct constraint *c) {
    if (c->v1) var_remove_constraint(c->v1, c);
    if (c->v2) var_remove_constraint(c->v2, c);
    c->direction = NONE;
}

static void eq_execute(struct constraint *c) { b_output(c)->value = b_input(c)->value; }

static void scale_add_to_graph(struct constraint *c) {
    b_add_to_graph(c);
    var_add_constraint(c->scale, c);
    var_add_constraint(c->offset, c);
}
static void scale_remove_from_graph(struct constraint *c) {
    b_remove_from_graph(c);
    if (c->scale) var_remove_constraint(c->scale, c);
    if (c->offset) var_remove_constraint(c->offset, c);
}
static void scale_mark_inputs(struct constraint *c, long mark) {
    b_mark_inputs(c, mark);
    c->scale->mark = mark;
    c->offset->mark = mark;
}
static long floor_div(long a, long b) {
    long q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}
static void scale_execute(struct constraint *c) {
    if (c->direction == FORWARD) c->v2->value = c->v1->value * c->scale->value + c->offset->value;
    else c->v1->value = floor_div(c->v2->value - c->offset->value, c->scale->value);
}
static void scale_recalculate(struct constraint *c) {
    struct variable *ihn = b_input(c), *out = b_output(c);
    out->walk_strength = weakest_of(c->strength, ihn->walk_strength);
    out->stay = ihn->stay && c->scale->stay && c->offset->stay;
    if (out->stay) c->vt->execute(c);
}

static const struct vtable EQUALITY = {b_add_to_graph, b_choose_method, b_is_satisfied, b_mark_inputs, b_output,
    b_recalculate, b_mark_unsatisfied, b_inputs_known, b_remove_from_graph, eq_execute, no_input};
static const struct vtable SCALE = {scale_add_to_graph, b_choose_method, b_is_satisfied, scale_mark_inputs,
    b_output, scale_recalculate, b_mark_unsatisfied, b_inputs_known, scale_remove_from_graph, scale_execute,
    no_input};

static struct constraint *new_constraint(const struct vtable *vt, struct strength *s) {
    struct constraint *c = calloc(1, sizeof *c);
    c->vt = vt;
    c->strength = s;
    push(&planner->constraints, c);
    return c;
}
static void add_constraint(struct constraint *c) {
    c->vt->add_to_graph(c);
    incremental_add(c);
}
static struct constraint *new_unary(const struct vtable *vt, struct variable *v, struct strength *s) {
    struct constraint *c = new_constraint(vt, s);
    c->my_output = v;
    add_constraint(c);
    return c;
}
static struct constraint *new_equality(struct variable *v1, struct variable *v2, struct strength *s) {
    struct constraint *c = new_constraint(&EQUALITY, s);
    c->v1 = v1; c->v2 = v2;
    add_constraint(c);
    return c;
}
static struct constraint *new_scale(struct variable *src, struct variable *scale, struct variable *offset,
                                    struct variable *dest, struct strength *s) {
    struct constraint *c = new_constraint(&SCALE, s);
    c->scale = scale; c->offset = offset; c->v1 = src; c->v2 = dest;
    add_constraint(c);
    return c;
}

static void start_test(void) {
    planner = calloc(1, sizeof *planner);
}
static long end_test(void) {
    long mark = planner->current_mark;
    for (long i = 0; i < planner->variables.len; i++) {
        struct variable *v = planner->variables.items[i];
        free(v->constraints.items);
        free(v);
    }
    for (long i = 0; i < planner->constraints.len; i++) free(planner->constraints.items[i]);
    free(planner->variables.items);
    free(planner->constraints.items);
    free(planner);
    return mark;
}

static long chain_test(int n) {
    start_test();
    struct variable *prev = NULL, *first = NULL, *last = NULL;
    for (int i = 0; i <= n; i++) {
        struct variable *v = new_variable("v", i, 0);
        if (prev) new_equality(prev, v, REQUIRED);
        if (i == 0) first = v;
        if (i == n) last = v;
        prev = v;
    }
    new_unary(&STAY, last, STRONG_DEFAULT);
    struct constraint *edit = new_unary(&EDIT, first, PREFERRED);
    struct list plan = extract_plan_from_constraint(edit);
    long total = 0;
    for (int i = 0; i < 100; i++) {
        first->value = i;
        execute_plan(&plan);
        if (last->value != i) die("chain test failed");
        total += last->value + (plan.len - plan.head);
    }
    free(plan.items);
    return total + end_test();
}

static long change(struct variable *v, long new_value) {
    struct constraint *edit = new_unary(&EDIT, v, PREFERRED);
    struct list plan = extract_plan_from_constraint(edit);
    for (int i = 0; i < 10; i++) {
        v->value = new_value;
        execute_plan(&plan);
    }
    destroy_constraint(edit);
    long len = plan.len - plan.head;
    free(plan.items);
    return len;
}

static long projection_test(int n) {
    start_test();
    struct variable *scale = new_variable("scale", -1, 10);
    struct variable *offset = new_variable("offset", -1, 1000);
    struct variable *src = NULL, *dst = NULL;
    struct variable **dests = malloc(n * sizeof *dests);
    for (int i = 0; i < n; i++) {
        src = new_variable("src", i, i);
        dst = new_variable("dst", i, i);
        dests[i] = dst;
        new_unary(&STAY, src, NORMAL);
        new_scale(src, scale, offset, dst, REQUIRED);
    }
    long total = change(src, 17);
    if (dst->value != 1170) die("projection 1 failed");
    total += change(dst, 1050);
    if (src->value != 5) die("projection 2 failed");
    total += change(scale, 5);
    for (int i = 0; i < n - 1; i++)
        if (dests[i]->value != i * 5 + 1000) die("projection 3 failed");
    total += change(offset, 2000);
    for (int i = 0; i < n - 1; i++)
        if (dests[i]->value != i * 5 + 2000) die("projection 4 failed");
    for (int i = 0; i < n; i++) total += dests[i]->value;
    free(dests);
    return total + end_test();
}

int main(int argc, char **argv) {
    long runs = argc > 1 ? atol(argv[1]) : 10;
    long chain_total = 0, projection_total = 0;
    for (long r = 0; r < runs; r++) {
        chain_total += chain_test(SIZE);
        projection_total += projection_test(SIZE);
    }
    printf("%ld runs: chain %ld, projection %ld\n", runs, chain_total, projection_total);
    return 0;
}
