/* patterns.c: the match statement's nodes (PEP 634) and the checks CPython's
 * grammar makes while reading patterns ("positional patterns follow keyword
 * patterns", "real number required in complex literal", ...), plus the test
 * that decides whether a NAME "match" starts a match statement. */
#include "parse_internal.h"
#include "parser.h"

#include <string.h>

Pattern *mk_pat(Parser *p, PatternKind kind, Loc loc)
{
    Pattern *pat = arena_alloc(p->arena, sizeof *pat);
    pat->kind = kind;
    pat->loc = loc;
    return pat;
}

PatItem *mk_pat_item(Parser *p, const char *name, Expr *key, Pattern *pat, Loc loc)
{
    PatItem *it = arena_alloc(p->arena, sizeof *it);
    it->name = name;
    it->key = key;
    it->pattern = pat;
    it->loc = loc;
    return it;
}

const char *pat_name(const char *name)
{
    return strcmp(name, "_") == 0 ? NULL : name;
}

static PatternList plist(Parser *p, Vec *v)
{
    if (!v)
        return (PatternList){0};
    return (PatternList){v->n, (Pattern **)v->items};
}

Stmt *mk_match(Parser *p, Expr *subject, Vec *cases, Loc loc)
{
    Stmt *s = st(p, S_MATCH, loc);
    s->u.match.subject = subject;
    s->u.match.cases = (MatchCaseList){cases->n, (MatchCase **)cases->items};
    s->loc = body_end(loc, s->u.match.cases.items[cases->n - 1]->body);
    return s;
}

/* `match a:` takes a named expression; `match a, *b:` a tuple. */
Expr *mk_subject(Parser *p, Vec *items, bool comma, Loc loc)
{
    if (items->n == 1 && !comma) {
        Expr *e = items->items[0];
        if (e->kind == E_STARRED) {
            p_error(p, SYNERR_SYNTAX, p->la.loc, "invalid syntax");
            return NULL;
        }
        return e;
    }
    return mk_seq(p, E_TUPLE, items, loc);
}

MatchCase *mk_case(Parser *p, Pattern *pat, Expr *guard, Vec *body)
{
    MatchCase *mc = arena_alloc(p->arena, sizeof *mc);
    mc->pattern = pat;
    mc->guard = guard;
    mc->body = slist(body);
    return mc;
}

/* The patterns of a case, or of parentheses, may be an open sequence
 * (`case a, *b:`) or one pattern; a star alone is not a pattern. */
static Pattern *seq_or_one(Parser *p, Vec *items, bool comma, Loc loc)
{
    if (items->n == 1 && !comma) {
        Pattern *pat = items->items[0];
        if (pat->kind == P_STAR) {
            p_error(p, SYNERR_SYNTAX, p->la.loc, "invalid syntax");
            return NULL;
        }
        return pat;
    }
    return mk_seq_pattern(p, items, loc);
}

Pattern *mk_open_seq(Parser *p, Vec *items, bool comma, Loc loc)
{
    return seq_or_one(p, items, comma, loc);
}

Pattern *mk_paren_pattern(Parser *p, Vec *items, bool comma, Loc loc)
{
    return seq_or_one(p, items, comma, loc);
}

Pattern *mk_seq_pattern(Parser *p, Vec *items, Loc loc)
{
    Pattern *pat = mk_pat(p, P_SEQUENCE, loc);
    pat->u.seq.patterns = plist(p, items);
    return pat;
}

Pattern *mk_as_pattern(Parser *p, Pattern *pat, const char *name, Loc name_loc, Loc loc)
{
    if (strcmp(name, "_") == 0) {
        p_error(p, SYNERR_SYNTAX, name_loc, "cannot use '_' as a target");
        return NULL;
    }
    Pattern *as = mk_pat(p, P_AS, loc);
    as->u.as.pattern = pat;
    as->u.as.name = name;
    return as;
}

Pattern *mk_or_pattern(Parser *p, Vec *alternatives, Loc loc)
{
    if (alternatives->n == 1)
        return alternatives->items[0];
    Pattern *pat = mk_pat(p, P_OR, loc);
    pat->u.or_.patterns = plist(p, alternatives);
    return pat;
}

Pattern *mk_literal_pattern(Parser *p, Expr *e, Loc loc)
{
    if (e->kind == E_CONSTANT) {
        ConstKind k = e->u.constant.kind;
        if (k == K_NONE || k == K_TRUE || k == K_FALSE) {
            Pattern *pat = mk_pat(p, P_SINGLETON, loc);
            pat->u.singleton.value = k;
            return pat;
        }
    }
    Pattern *pat = mk_pat(p, P_VALUE, loc);
    pat->u.value.value = e;
    return pat;
}

/* A bare name captures (`_` is the wildcard); a dotted name is a value. */
Pattern *mk_name_pattern(Parser *p, Expr *e, Loc loc)
{
    if (e->kind == E_NAME) {
        Pattern *pat = mk_pat(p, P_AS, loc);
        pat->u.as.name = pat_name(e->u.name.id);
        return pat;
    }
    Pattern *pat = mk_pat(p, P_VALUE, loc);
    pat->u.value.value = e;
    return pat;
}

Pattern *mk_class_pattern(Parser *p, Expr *cls, Vec *args, Loc loc)
{
    Pattern *pat = mk_pat(p, P_CLASS, loc);
    pat->u.cls.cls = cls;
    size_t n = args ? args->n : 0, npos = 0, nkw = 0;
    while (npos < n && !((PatItem *)args->items[npos])->name)
        npos++;
    for (size_t i = npos; i < n; i++) {
        PatItem *it = args->items[i];
        if (it->name) {
            nkw++;
            continue;
        }
        /* CPython underlines the positional patterns after the first keyword */
        Loc at = it->loc;
        for (size_t j = i + 1; j < n; j++) {
            PatItem *jt = args->items[j];
            if (!jt->name)
                at = span(at, jt->loc);
        }
        p_error(p, SYNERR_SYNTAX, at, "positional patterns follow keyword patterns");
        return NULL;
    }
    Pattern **pos = arena_alloc(p->arena, (npos + 1) * sizeof *pos);
    Pattern **kwp = arena_alloc(p->arena, (nkw + 1) * sizeof *kwp);
    const char **names = arena_alloc(p->arena, (nkw + 1) * sizeof *names);
    for (size_t i = 0; i < n; i++) {
        PatItem *it = args->items[i];
        if (i < npos) {
            pos[i] = it->pattern;
        } else {
            kwp[i - npos] = it->pattern;
            names[i - npos] = it->name;
        }
    }
    pat->u.cls.patterns = (PatternList){npos, pos};
    pat->u.cls.kwd_patterns = (PatternList){nkw, kwp};
    pat->u.cls.kwd_attrs = (NameList){nkw, names};
    return pat;
}

Pattern *mk_map_pattern(Parser *p, Vec *items, Loc loc)
{
    Pattern *pat = mk_pat(p, P_MAPPING, loc);
    size_t n = items ? items->n : 0, nkeys = 0;
    Expr **keys = arena_alloc(p->arena, (n + 1) * sizeof *keys);
    Pattern **pats = arena_alloc(p->arena, (n + 1) * sizeof *pats);
    for (size_t i = 0; i < n; i++) {
        PatItem *it = items->items[i];
        if (it->key) {
            keys[nkeys] = it->key;
            pats[nkeys++] = it->pattern;
            continue;
        }
        if (i + 1 < n) {        /* **rest must come last */
            p_error(p, SYNERR_SYNTAX, ((PatItem *)items->items[i + 1])->loc,
                    "invalid syntax");
            return NULL;
        }
        if (strcmp(it->name, "_") == 0) {
            Loc at = it->loc;
            at.col += 2;
            p_error(p, SYNERR_SYNTAX, at, "invalid syntax");
            return NULL;
        }
        pat->u.mapping.rest = it->name;
    }
    pat->u.mapping.keys = (ExprList){nkeys, keys};
    pat->u.mapping.patterns = (PatternList){nkeys, pats};
    return pat;
}

static bool is_imaginary(const Expr *e)
{
    return e->kind == E_CONSTANT && e->u.constant.kind == K_IMAG;
}

Expr *mk_complex_literal(Parser *p, Expr *real, AstBinOp op, Expr *imag, Loc loc)
{
    const Expr *r = real->kind == E_UNARYOP ? real->u.unaryop.operand : real;
    if (is_imaginary(r)) {
        p_error(p, SYNERR_SYNTAX, r->loc, "real number required in complex literal");
        return NULL;
    }
    if (!is_imaginary(imag)) {
        p_error(p, SYNERR_SYNTAX, imag->loc, "imaginary number required in complex literal");
        return NULL;
    }
    return mk_binop(p, real, op, imag, loc);
}

/* A mapping key that is a name must be dotted (a value, not a capture). */
Expr *mk_map_key_attr(Parser *p, Expr *e)
{
    if (e->kind == E_NAME) {
        p_error(p, SYNERR_SYNTAX, p->la.loc, "invalid syntax");
        return NULL;
    }
    return e;
}

/* Could token kind `k` begin the subject of a match statement? */
static bool starts_subject(int k)
{
    switch (k) {
    case NAME: case NUMBER: case STRING: case '(': case '[': case '{':
    case '-': case '+': case '~': case '*': case KW_NONE: case KW_TRUE:
    case KW_FALSE: case KW_NOT: case KW_LAMBDA: case KW_AWAIT: case OP_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

/* `match` at the start of a logical line is the keyword when a subject
 * follows and the line ends with ':' (no other statement starting with a
 * name can end that way), or when the next token could not follow a name
 * in an expression.  A copy of the lexer reads the line ahead. */
static bool soft_match_keyword(Parser *p, const Token *t)
{
    if (t->end - t->start != 5 || memcmp(t->start, "match", 5) != 0)
        return false;
    ParseError scratch = {0};
    Lexer copy = p->lx, *lx = &copy;
    lx->err = &scratch;
    Token tok;
    int k = lex_next(lx, &tok);
    if (!starts_subject(k))
        return false;
    /* `match x` cannot be an expression statement either: CPython reads it
     * as a match statement lacking its ':' */
    if (k == NAME || k == NUMBER || k == STRING || k == '{' || k == KW_NONE ||
        k == KW_TRUE || k == KW_FALSE || k == KW_LAMBDA || k == KW_AWAIT || k == '~' ||
        k == OP_ELLIPSIS)
        return true;
    int last = k;
    for (;;) {
        k = lex_next(lx, &tok);
        if (k == NEWLINE)
            return last == ':';
        if (k == YYerror || k == YYEOF)
            return false;
        last = k;
    }
}

int soft_keyword(Parser *p, int kind, const Token *t)
{
    int level = p->lx.n_indents;
    if (kind == DEDENT) {
        while (p->n_match > 0 && p->match_levels[p->n_match - 1] > level)
            p->n_match--;
        return kind;
    }
    if (kind == INDENT) {
        if (p->match_pending && p->n_match <= LEX_MAX_INDENT)
            p->match_levels[p->n_match++] = level;
        p->match_pending = false;
        return kind;
    }
    if (kind == NEWLINE || !p->new_line)
        return kind;
    p->match_pending = false;
    if (kind != NAME)
        return kind;
    if (p->n_match > 0 && p->match_levels[p->n_match - 1] == level &&
        t->end - t->start == 4 && memcmp(t->start, "case", 4) == 0)
        return KW_CASE;
    if (soft_match_keyword(p, t)) {
        p->match_pending = true;
        return KW_MATCH;
    }
    return kind;
}
