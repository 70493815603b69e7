/* fstring.c: the inside of an f-string.
 *
 * Splits the body into literal text and replacement fields
 * {expr[=][!conv][:spec]}; each expression's text is parsed by a nested
 * run of the parser (parse_fstring_expr), format specs recursively.  The
 * checks and messages follow CPython 3.11's f-string parser. */
#include "parse_internal.h"

#include <stdio.h>
#include <string.h>

typedef struct FScan {
    Parser *p;
    const char *s, *end;        /* the body */
    bool raw;
    const Token *tok;
    int depth;                  /* 0 for the literal, 1 inside a spec, 2 in a spec's spec */
} FScan;

/* CPython reports an f-string's errors once the whole string atom is read:
 * at the token after it, which is the parser's lookahead now. */
static bool ferr(FScan *f, const char *msg)
{
    return !p_error(f->p, SYNERR_SYNTAX, f->p->la.loc, "%s", msg);
}

static Vec *push(Parser *p, Vec *v, Expr *e)
{
    return v ? vpush(p, v, e) : vec1(p, e);
}

static Vec *push_text(FScan *f, Vec *v, const char *s, size_t n, bool decode)
{
    if (n == 0)
        return v;
    char *out;
    size_t out_n;
    if (decode) {
        if (!decode_str_body(f->p, s, n, f->raw, false, f->tok, &out, &out_n))
            return NULL;
    } else {
        out = arena_strndup(f->p->arena, s, n);
        out_n = n;
    }
    if (out_n == 0)
        return v;
    Expr *c = mk_const(f->p, K_STR, f->tok->loc);
    c->u.constant.bytes = out;
    c->u.constant.size = out_n;
    return push(f->p, v, c);
}

/* Skips a string literal inside an expression; returns its end or NULL. */
static const char *skip_quoted(const char *s, const char *end)
{
    char q = *s;
    bool triple = end - s >= 3 && s[1] == q && s[2] == q;
    for (s += triple ? 3 : 1; s < end; s++) {
        if (*s == q && (!triple || (end - s >= 3 && s[1] == q && s[2] == q)))
            return s + (triple ? 3 : 1);
    }
    return NULL;
}

static const char *closer_of(char c)
{
    return c == '(' ? ")" : c == '[' ? "]" : "}";
}

/* Finds where the expression of a field ends (at depth 0: '}', '!', ':' or
 * the debugging '='), checking brackets, quotes, '#' and backslashes. */
static const char *expr_end(FScan *f, const char *s, bool *debug)
{
    char stack[LEX_MAX_PARENS];
    int depth = 0;
    *debug = false;
    for (; s < f->end; s++) {
        char c = *s;
        if (c == '\\')
            return ferr(f, "f-string expression part cannot include a backslash"), NULL;
        if (c == '#')
            return ferr(f, "f-string expression part cannot include '#'"), NULL;
        if (c == '\'' || c == '"') {
            const char *e = skip_quoted(s, f->end);
            if (!e)
                return ferr(f, "f-string: unterminated string"), NULL;
            s = e - 1;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (depth >= LEX_MAX_PARENS)
                return ferr(f, "f-string: too many nested parenthesis"), NULL;
            stack[depth++] = c;
            continue;
        }
        if (c == ')' || c == ']' || (c == '}' && depth > 0)) {
            char msg[128];
            if (depth == 0) {
                snprintf(msg, sizeof msg, "f-string: unmatched '%c'", c);
                return ferr(f, msg), NULL;
            }
            if (*closer_of(stack[depth - 1]) != c) {
                snprintf(msg, sizeof msg, "f-string: closing parenthesis '%c' does not "
                         "match opening parenthesis '%c'", c, stack[depth - 1]);
                return ferr(f, msg), NULL;
            }
            depth--;
            continue;
        }
        if (depth > 0)
            continue;
        if (c == '}' || c == ':')
            return s;
        if (c == '!' && !(s + 1 < f->end && s[1] == '='))
            return s;
        if (c == '=' && s + 1 < f->end && s[1] != '=' &&
            !strchr("=!<>", s[-1])) {
            *debug = true;
            return s;
        }
        if (c == '=' && s + 1 < f->end && s[1] == '=') {
            s++;
            continue;
        }
    }
    return ferr(f, "f-string: expecting '}'"), NULL;
}

static bool only_space(const char *s, const char *e)
{
    for (; s < e; s++)
        if (!strchr(" \t\n\f\r", *s))
            return false;
    return true;
}

static bool parse_body(FScan *f, const char **pos, Vec **values, bool in_spec);

/* Parses one field starting after its '{'; *pos ends after its '}'. */
static bool parse_field(FScan *f, const char **pos, Vec **values)
{
    const char *start = *pos;
    if (f->depth >= 2)      /* a field in the spec of a field in a spec */
        return ferr(f, "f-string: expressions nested too deeply");
    bool debug;
    const char *e = expr_end(f, start, &debug);
    if (!e)
        return false;
    if (only_space(start, e)) {
        if (*e == ':' || *e == '!') {
            char msg[64];
            snprintf(msg, sizeof msg, "f-string: expression required before '%c'", *e);
            return ferr(f, msg);
        }
        return ferr(f, "f-string: empty expression not allowed");
    }
    Expr *value = parse_fstring_expr(f->p, start, (size_t)(e - start), f->tok);
    if (!value)
        return false;
    int conversion = -1;
    const char *s = e;
    if (debug) {
        s++;
        while (s < f->end && strchr(" \t\n\f\r", *s))
            s++;
        *values = push_text(f, *values, start, (size_t)(s - start), false);
    }
    if (s < f->end && *s == '!') {
        if (s + 1 >= f->end)
            return ferr(f, "f-string: expecting '}'");
        char c = s[1];
        if ((c != 's' && c != 'r' && c != 'a') ||
            (s + 2 < f->end && s[2] != ':' && s[2] != '}') )
            return ferr(f, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        if (s + 2 >= f->end)
            return ferr(f, "f-string: expecting '}'");
        conversion = c;
        s += 2;
    }
    Expr *spec = NULL;
    if (s < f->end && *s == ':') {
        s++;
        Vec *parts = NULL;
        FScan sub = *f;
        sub.depth = f->depth + 1;
        if (!parse_body(&sub, &s, &parts, true))
            return false;
        spec = ex(f->p, E_JOINEDSTR, f->tok->loc);
        spec->u.joinedstr.values = elist(parts);
    }
    if (s >= f->end || *s != '}')
        return ferr(f, "f-string: expecting '}'");
    if (debug && conversion == -1 && !spec)
        conversion = 'r';
    Expr *fv = ex(f->p, E_FORMATTEDVALUE, f->tok->loc);
    fv->u.formatted.value = value;
    fv->u.formatted.conversion = conversion;
    fv->u.formatted.format_spec = spec;
    *values = push(f->p, *values, fv);
    *pos = s + 1;
    return true;
}

/* Literal text and fields up to the end (or, in a spec, up to its '}'). */
static bool parse_body(FScan *f, const char **pos, Vec **values, bool in_spec)
{
    const char *s = *pos, *text = s;
    while (s < f->end) {
        char c = *s;
        if (c == '\\' && !f->raw && s + 1 < f->end) {
            /* \N{...} keeps its braces */
            if (s[1] == 'N' && s + 2 < f->end && s[2] == '{') {
                const char *close = memchr(s, '}', (size_t)(f->end - s));
                s = close ? close + 1 : f->end;
            } else {
                s += 2;
            }
            continue;
        }
        if (c == '{' || c == '}') {
            bool doubled = !in_spec && s + 1 < f->end && s[1] == c;
            if (in_spec && c == '}')
                break;
            if (!(*values = push_text(f, *values, text, (size_t)(s - text) + doubled, true))
                && f->p->err->msg[0])
                return false;
            if (doubled) {
                s += 2;
                text = s;
                continue;
            }
            if (c == '}')
                return ferr(f, "f-string: single '}' is not allowed");
            s++;
            if (!parse_field(f, &s, values))
                return false;
            text = s;
            continue;
        }
        s++;
    }
    if (!(*values = push_text(f, *values, text, (size_t)(s - text), true)) &&
        f->p->err->msg[0])
        return false;
    *pos = s;
    return true;
}

bool parse_fstring_body(Parser *p, const char *s, size_t n, bool raw,
                        const Token *tok, Vec **values, int depth)
{
    FScan f = {p, s, s + n, raw, tok, depth};
    const char *pos = s;
    *values = NULL;
    return parse_body(&f, &pos, values, false);
}
