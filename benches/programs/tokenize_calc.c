/* Twin of tokenize_calc.py: the same expressions written into a buffer
   recursively, cut into tokens (numbers copied out as text), parsed by
   precedence climbing and evaluated in doubles (numbers via strtod). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct token { char kind; char text[8]; };   /* kind 'n' number, 'o' operator */

static long long next_seed(long long seed) { return seed * 16807 % 2147483647; }

/* Writes an expression at out and returns its length. */
static int make_expr(long long *seed, int depth, char *out) {
    *seed = next_seed(*seed);
    if (depth == 0 || *seed % 3 == 0) return sprintf(out, "%lld", 1 + *seed % 99);
    /* Built one character to the right, so that parentheses fit around it. */
    char *text = out + 1;
    int len = make_expr(seed, depth - 1, text);
    *seed = next_seed(*seed);
    char op = "+-*/"[*seed % 4];
    text[len++] = ' ';
    text[len++] = op;
    text[len++] = ' ';
    if (op == '/') {
        *seed = next_seed(*seed);
        len += sprintf(text + len, "%lld", 1 + *seed % 99);
    } else {
        len += make_expr(seed, depth - 1, text + len);
    }
    *seed = next_seed(*seed);
    if (*seed % 4 == 0) {
        out[0] = '(';
        out[len + 1] = ')';
        return len + 2;
    }
    memmove(out, text, len);
    return len;
}

static int tokenize(const char *text, int len, struct token *tokens) {
    int count = 0, i = 0;
    while (i < len) {
        char ch = text[i];
        if (isdigit((unsigned char)ch)) {
            int start = i;
            while (i < len && isdigit((unsigned char)text[i])) i++;
            tokens[count].kind = 'n';
            memcpy(tokens[count].text, text + start, i - start);
            tokens[count].text[i - start] = '\0';
            count++;
            continue;
        }
        if (strchr("+-*/()", ch)) {
            tokens[count].kind = 'o';
            tokens[count].text[0] = ch;
            tokens[count].text[1] = '\0';
            count++;
        }
        i++;
    }
    return count;
}

static int precedence(char op) {
    return op == '+' || op == '-' ? 1 : op == '*' || op == '/' ? 2 : 0;
}

static double parse_expr(const struct token *tokens, int count, int *pos, int min_precedence);

static double parse_atom(const struct token *tokens, int count, int *pos) {
    const struct token *t = &tokens[(*pos)++];
    if (t->text[0] == '(') {
        double value = parse_expr(tokens, count, pos, 1);
        (*pos)++; /* past the ")" */
        return value;
    }
    return strtod(t->text, NULL);
}

static double parse_expr(const struct token *tokens, int count, int *pos, int min_precedence) {
    double value = parse_atom(tokens, count, pos);
    while (*pos < count) {
        char op = tokens[*pos].text[0];
        int p = tokens[*pos].kind == 'o' ? precedence(op) : 0;
        if (p == 0 || p < min_precedence) break;
        (*pos)++;
        double right = parse_expr(tokens, count, pos, p + 1);
        switch (op) {
        case '+': value = value + right; break;
        case '-': value = value - right; break;
        case '*': value = value * right; break;
        default: value = value / right; break;
        }
    }
    return value;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 20000;
    long long seed = 42;
    double total = 0.0;
    long token_count = 0, longest = 0;
    char text[1024];
    struct token tokens[512];
    for (long i = 0; i < n; i++) {
        int len = make_expr(&seed, 4, text);
        int count = tokenize(text, len, tokens);
        int pos = 0;
        total += parse_expr(tokens, count, &pos, 1);
        token_count += count;
        if (len > longest) longest = len;
    }
    printf("%.9f\n%ld %ld\n", total, token_count, longest);
    return 0;
}
