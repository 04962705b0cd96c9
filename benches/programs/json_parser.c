/* Twin of json_parser.py: a tokenizer struct producing tokens, a
   recursive-descent parser into tagged value structs (objects as arrays of
   key/value pairs, arrays as arrays of values), a parse error raised with
   longjmp carrying its message and position. Every value and decoded
   string of one parse lives in an arena that is reset after the parse
   (Python frees the parsed value, or the partial one, in the same way). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RECORDS 20

enum kind { V_NULL, V_BOOL, V_INT, V_FLOAT, V_STRING, V_ARRAY, V_OBJECT };

struct value {
    enum kind kind;
    long i;
    double f;
    const char *s;
    long len;                 /* string length or item count */
    struct value **items;     /* array items or object values */
    const char **keys;        /* object keys */
    long *key_lens;
};

/* The arena: one growing block, reset after each parse. */
static char *arena;
static size_t arena_used, arena_cap;
static void *alloc(size_t n) {
    n = (n + 15) & ~(size_t)15;
    if (arena_used + n > arena_cap) { fprintf(stderr, "arena full\n"); exit(1); }
    void *p = arena + arena_used;
    arena_used += n;
    return p;
}

static jmp_buf parse_error;
static char error_message[200];
static long error_position;

static void raise(long position, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(error_message, sizeof error_message, fmt, ap);
    va_end(ap);
    snprintf(error_message + k, sizeof error_message - k, " at %ld", position);
    error_position = position;
    longjmp(parse_error, 1);
}

enum tkind { T_EOF, T_PUNCT, T_STRING, T_NUMBER, T_LITERAL };
static const char *tkind_name(enum tkind k, char punct) {
    static char buf[2];
    switch (k) {
    case T_EOF: return "eof";
    case T_STRING: return "string";
    case T_NUMBER: return "number";
    case T_LITERAL: return "literal";
    default: buf[0] = punct; buf[1] = 0; return buf;
    }
}

struct token { enum tkind kind; char punct; struct value *value; long position; };

struct tokenizer { const char *text; long n, pos; };

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

static struct value *new_value(enum kind kind) {
    struct value *v = alloc(sizeof *v);
    memset(v, 0, sizeof *v);
    v->kind = kind;
    return v;
}

static struct token read_string(struct tokenizer *t) {
    const char *text = t->text;
    long n = t->n, start = t->pos, pos = start + 1;
    char *chars = alloc(n - start);
    long len = 0;
    for (;;) {
        if (pos >= n) raise(start, "unterminated string");
        char c = text[pos];
        if (c == '"') break;
        if (c == '\\') {
            pos++;
            if (pos >= n) raise(start, "unterminated string");
            char e = text[pos];
            if (e == 'n') chars[len++] = '\n';
            else if (e == 't') chars[len++] = '\t';
            else if (e == '"' || e == '\\' || e == '/') chars[len++] = e;
            else raise(pos - 1, "bad escape '%c'", e);
        } else {
            chars[len++] = c;
        }
        pos++;
    }
    t->pos = pos + 1;
    struct value *v = new_value(V_STRING);
    v->s = chars;
    v->len = len;
    return (struct token){T_STRING, 0, v, start};
}

static struct token read_number(struct tokenizer *t) {
    const char *text = t->text;
    long n = t->n, start = t->pos, pos = start;
    if (text[pos] == '-') pos++;
    long digits = pos;
    while (pos < n && is_digit(text[pos])) pos++;
    if (pos == digits) raise(start, "bad number");
    int is_float = 0;
    if (pos < n && text[pos] == '.') {
        is_float = 1;
        pos++;
        digits = pos;
        while (pos < n && is_digit(text[pos])) pos++;
        if (pos == digits) raise(start, "bad number");
    }
    t->pos = pos;
    char literal[64];
    long len = pos - start < 63 ? pos - start : 63;
    memcpy(literal, text + start, len);
    literal[len] = 0;
    struct value *v;
    if (is_float) { v = new_value(V_FLOAT); v->f = strtod(literal, NULL); }
    else { v = new_value(V_INT); v->i = strtol(literal, NULL, 10); }
    return (struct token){T_NUMBER, 0, v, start};
}

static struct token read_word(struct tokenizer *t) {
    const char *text = t->text;
    long n = t->n, start = t->pos, pos = start;
    while (pos < n && is_alpha(text[pos])) pos++;
    long len = pos - start;
    struct value *v;
    if (len == 4 && !memcmp(text + start, "true", 4)) { v = new_value(V_BOOL); v->i = 1; }
    else if (len == 5 && !memcmp(text + start, "false", 5)) { v = new_value(V_BOOL); v->i = 0; }
    else if (len == 4 && !memcmp(text + start, "null", 4)) { v = new_value(V_NULL); }
    else raise(start, "unknown literal '%.*s'", (int)len, text + start);
    t->pos = pos;
    return (struct token){T_LITERAL, 0, v, start};
}

static struct token next_token(struct tokenizer *t) {
    const char *text = t->text;
    long n = t->n, pos = t->pos;
    while (pos < n && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\r' || text[pos] == '\n')) pos++;
    t->pos = pos;
    if (pos >= n) return (struct token){T_EOF, 0, NULL, pos};
    char c = text[pos];
    if (strchr("{}[]:,", c)) {
        t->pos = pos + 1;
        return (struct token){T_PUNCT, c, NULL, pos};
    }
    if (c == '"') return read_string(t);
    if (c == '-' || is_digit(c)) return read_number(t);
    if (is_alpha(c)) return read_word(t);
    raise(pos, "unexpected character '%c'", c);
    return (struct token){T_EOF, 0, NULL, pos};
}

struct parser { struct tokenizer tokenizer; struct token token; };

static struct token advance(struct parser *p) {
    struct token token = p->token;
    p->token = next_token(&p->tokenizer);
    return token;
}

static int is_punct(struct parser *p, char c) { return p->token.kind == T_PUNCT && p->token.punct == c; }

static struct token expect_punct(struct parser *p, char c) {
    if (!is_punct(p, c))
        raise(p->token.position, "expected '%c' but found '%s'", c, tkind_name(p->token.kind, p->token.punct));
    return advance(p);
}

static struct value *parse_value(struct parser *p);

/* Items are gathered in an arena buffer that doubles when full (the old
   one stays in the arena until the reset). */
static void *grow(void *old, long len, long cap, size_t size) {
    void *p = alloc(cap * size);
    memcpy(p, old, len * size);
    return p;
}

static struct value *parse_object(struct parser *p) {
    expect_punct(p, '{');
    struct value *result = new_value(V_OBJECT);
    if (is_punct(p, '}')) { advance(p); return result; }
    long cap = 8, len = 0;
    struct value **items = alloc(cap * sizeof *items);
    const char **keys = alloc(cap * sizeof *keys);
    long *key_lens = alloc(cap * sizeof *key_lens);
    for (;;) {
        if (p->token.kind != T_STRING)
            raise(p->token.position, "expected 'string' but found '%s'", tkind_name(p->token.kind, p->token.punct));
        struct value *key = advance(p).value;
        expect_punct(p, ':');
        if (len == cap) {
            items = grow(items, len, cap * 2, sizeof *items);
            keys = grow(keys, len, cap * 2, sizeof *keys);
            key_lens = grow(key_lens, len, cap * 2, sizeof *key_lens);
            cap *= 2;
        }
        keys[len] = key->s;
        key_lens[len] = key->len;
        items[len++] = parse_value(p);
        if (is_punct(p, ',')) {
            advance(p);
        } else {
            expect_punct(p, '}');
            result->len = len;
            result->items = items;
            result->keys = keys;
            result->key_lens = key_lens;
            return result;
        }
    }
}

static struct value *parse_array(struct parser *p) {
    expect_punct(p, '[');
    struct value *result = new_value(V_ARRAY);
    if (is_punct(p, ']')) { advance(p); return result; }
    long cap = 8, len = 0;
    struct value **items = alloc(cap * sizeof *items);
    for (;;) {
        if (len == cap) { items = grow(items, len, cap * 2, sizeof *items); cap *= 2; }
        items[len++] = parse_value(p);
        if (is_punct(p, ',')) {
            advance(p);
        } else {
            expect_punct(p, ']');
            result->len = len;
            result->items = items;
            return result;
        }
    }
}

static struct value *parse_value(struct parser *p) {
    struct token *t = &p->token;
    if (is_punct(p, '{')) return parse_object(p);
    if (is_punct(p, '[')) return parse_array(p);
    if (t->kind == T_STRING || t->kind == T_NUMBER || t->kind == T_LITERAL) return advance(p).value;
    if (t->kind == T_EOF) raise(t->position, "unexpected end of input");
    raise(t->position, "unexpected '%s'", tkind_name(t->kind, t->punct));
    return NULL;
}

static struct value *parse(const char *text) {
    struct parser p;
    p.tokenizer = (struct tokenizer){text, (long)strlen(text), 0};
    p.token = next_token(&p.tokenizer);
    struct value *v = parse_value(&p);
    if (p.token.kind != T_EOF) raise(p.token.position, "trailing data");
    return v;
}

static long checksum(const struct value *v);

/* One parse: 1 with its checksum, or 0 with the error set. */
static int try_parse(const char *text, long *sum) {
    arena_used = 0;
    if (setjmp(parse_error)) return 0;
    *sum = checksum(parse(text));
    return 1;
}

static long checksum(const struct value *v) {
    long total;
    switch (v->kind) {
    case V_OBJECT:
        total = v->len;
        for (long i = 0; i < v->len; i++) total += v->key_lens[i] + checksum(v->items[i]);
        return total;
    case V_ARRAY:
        total = v->len;
        for (long i = 0; i < v->len; i++) total += checksum(v->items[i]);
        return total;
    case V_STRING: return v->len;
    case V_NULL: return 0;
    case V_BOOL: return v->i;
    case V_INT: return v->i * 4;
    default: return (long)(v->f * 4);
    }
}

/* A growing string for the generated documents. */
struct buf { char *s; size_t len, cap; };
static void append(struct buf *b, const char *fmt, ...) {
    va_list ap;
    for (;;) {
        va_start(ap, fmt);
        int k = vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
        va_end(ap);
        if (b->len + k < b->cap) { b->len += k; return; }
        b->cap = b->cap * 2 + k + 1;
        b->s = realloc(b->s, b->cap);
    }
}

static const char *QUARTERS[] = {"0", "25", "5", "75"};

static char *make_document(long seed, int count) {
    struct buf records = {malloc(64), 0, 64};
    records.s[0] = 0;
    for (int i = 0; i < count; i++) {
        seed = seed * 16807 % 2147483647;
        long q = seed % 40000 - 20000;
        long aq = labs(q);
        struct buf tags = {malloc(16), 0, 16};
        tags.s[0] = 0;
        for (long k = 0; k < seed % 5; k++) append(&tags, "%s\"tag%ld\"", k ? ", " : "", (seed / 7 + k) % 13);
        char parent[32];
        if (i == 0) strcpy(parent, "null"); else snprintf(parent, sizeof parent, "%d", i - 1);
        append(&records,
               "%s    {\"id\": %d, \"name\": \"item \\\"%ld\\\"\\tx\", \"price\": %s%ld.%s, "
               "\"tags\": [%s], \"active\": %s, \"parent\": %s,\n"
               "     \"size\": {\"w\": %ld, \"h\": %ld, \"ratio\": -%ld.5, \"unit\": \"cm\"}}",
               i ? ",\n" : "", i, seed % 1000, q < 0 ? "-" : "", aq / 4, QUARTERS[aq % 4],
               tags.s, seed % 3 == 0 ? "true" : "false", parent, seed % 17, seed % 23, seed % 9);
        free(tags.s);
    }
    struct buf doc = {malloc(64), 0, 64};
    append(&doc, "{\"version\": 1, \"seed\": %ld,\n  \"records\": [\n%s\n  ],\n  \"empty\": {}, \"none\": []}\n",
           seed % 100000, records.s);
    free(records.s);
    return doc.s;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 120;
    arena_cap = 1 << 22;
    arena = malloc(arena_cap);
    const char *inputs[12];
    for (int seed = 1; seed <= 6; seed++) inputs[seed - 1] = make_document(seed, RECORDS);
    size_t half = strlen(inputs[0]) / 2;
    char *truncated = malloc(half + 1);
    memcpy(truncated, inputs[0], half);
    truncated[half] = 0;
    inputs[6] = truncated;
    inputs[7] = "{\"a\": [1, 2, tru]}";
    inputs[8] = "{\"a\": \"abc";
    inputs[9] = "[1 2]";
    inputs[10] = "{\"a\": 1,}";
    inputs[11] = "{\"a\": @}";
    long sum;
    for (int k = 6; k < 12; k++)
        if (!try_parse(inputs[k], &sum)) printf("%s\n", error_message);
    long total = 0, parsed = 0, errors = 0, error_positions = 0;
    for (long i = 0; i < n; i++) {
        if (try_parse(inputs[i % 12], &sum)) {
            parsed++;
            total += sum;
        } else {
            errors++;
            error_positions += error_position;
        }
    }
    printf("%ld parsed, %ld errors at %ld, checksum %ld\n", parsed, errors, error_positions, total);
    return 0;
}
