/* ast_dump.c: prints an AST exactly as Python's ast.dump(tree) does (no
 * attributes), so tests can compare gilpy's parse with CPython's. */
#include "ast.h"

#include <gmp.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

typedef struct Out {
    char *s;
    size_t n, cap;
} Out;

static void put(Out *o, const char *s, size_t n)
{
    if (o->n + n + 1 > o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 256;
        while (cap < o->n + n + 1)
            cap *= 2;
        char *p = realloc(o->s, cap);
        if (!p)
            abort();
        o->s = p;
        o->cap = cap;
    }
    memcpy(o->s + o->n, s, n);
    o->n += n;
    o->s[o->n] = '\0';
}

static void puts_(Out *o, const char *s) { put(o, s, strlen(s)); }

static void printf_(Out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void printf_(Out *o, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    put(o, buf, n < (int)sizeof buf ? (size_t)n : sizeof buf - 1);
}

static void dump_expr(Out *o, const Expr *e);
static void dump_stmts(Out *o, StmtList l);

/* ---- Python reprs of constants ---- */

static void repr_int(Out *o, const char *text)
{
    char digits[strlen(text) + 1];
    size_t n = 0;
    int base = 10;
    const char *s = text;
    if (s[0] == '0' && s[1] && strchr("xXoObB", s[1])) {
        base = strchr("xX", s[1]) ? 16 : strchr("oO", s[1]) ? 8 : 2;
        s += 2;
    }
    for (; *s; s++)
        if (*s != '_')
            digits[n++] = *s;
    digits[n] = '\0';
    mpz_t z;
    mpz_init_set_str(z, digits, base);
    char *str = mpz_get_str(NULL, 10, z);
    puts_(o, str);
    free(str);
    mpz_clear(z);
}

/* repr(float): the shortest digits that read back, in Python's layout. */
void ast_float_repr(double d, char *buf, size_t size)
{
    if (isinf(d)) { snprintf(buf, size, d > 0 ? "inf" : "-inf"); return; }
    if (isnan(d)) { snprintf(buf, size, "nan"); return; }
    char e[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(e, sizeof e, "%.*e", prec - 1, d);
        if (strtod(e, NULL) == d)
            break;
    }
    /* e = "d.ddde[+-]XX" */
    char mant[32];
    size_t m = 0;
    const char *p = e;
    bool neg = *p == '-';
    if (neg) p++;
    for (; *p && *p != 'e'; p++)
        if (*p != '.')
            mant[m++] = *p;
    mant[m] = '\0';
    int exp = atoi(p + 1);
    while (m > 1 && mant[m - 1] == '0')
        mant[--m] = '\0';
    char *q = buf;
    size_t left = size;
#define OUT(...) do { int k_ = snprintf(q, left, __VA_ARGS__); q += k_; left -= (size_t)k_; } while (0)
    if (neg) OUT("-");
    if (exp < -4 || exp >= 16) {
        OUT("%c", mant[0]);
        if (m > 1) OUT(".%s", mant + 1);
        OUT("e%c%02d", exp < 0 ? '-' : '+', abs(exp));
    } else if (exp < 0) {
        OUT("0.");
        for (int i = -1; i > exp; i--) OUT("0");
        OUT("%s", mant);
    } else {
        for (int i = 0; i <= exp; i++) OUT("%c", i < (int)m ? mant[i] : '0');
        OUT(".");
        if ((int)m > exp + 1) OUT("%s", mant + exp + 1); else OUT("0");
    }
#undef OUT
}

static double parse_float_text(const char *text)
{
    char buf[strlen(text) + 1];
    size_t n = 0;
    for (const char *s = text; *s; s++)
        if (*s != '_' && *s != 'j' && *s != 'J')
            buf[n++] = *s;
    buf[n] = '\0';
    return strtod(buf, NULL);
}

static bool printable(utf8proc_int32_t cp)
{
    if (cp == ' ')
        return true;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
        return false;
    default:
        return true;
    }
}

static void repr_str(Out *o, const char *s, size_t n, bool bytes)
{
    bool sq = memchr(s, '\'', n) != NULL, dq = memchr(s, '"', n) != NULL;
    char q = sq && !dq ? '"' : '\'';
    if (bytes)
        puts_(o, "b");
    put(o, &q, 1);
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c == q || c == '\\') { printf_(o, "\\%c", c); i++; continue; }
        if (c == '\n') { puts_(o, "\\n"); i++; continue; }
        if (c == '\r') { puts_(o, "\\r"); i++; continue; }
        if (c == '\t') { puts_(o, "\\t"); i++; continue; }
        if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) {
            printf_(o, "\\x%02x", c);
            i++;
            continue;
        }
        if (c < 0x80) { put(o, s + i, 1); i++; continue; }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) { printf_(o, "\\x%02x", c); i++; continue; }
        if (printable(cp))
            put(o, s + i, (size_t)k);
        else if (cp < 0x100)
            printf_(o, "\\x%02x", (unsigned)cp);
        else if (cp < 0x10000)
            printf_(o, "\\u%04x", (unsigned)cp);
        else
            printf_(o, "\\U%08x", (unsigned)cp);
        i += (size_t)k;
    }
    put(o, &q, 1);
}

static void dump_constant(Out *o, const Constant *c)
{
    char buf[64];
    switch (c->kind) {
    case K_NONE: puts_(o, "None"); break;
    case K_TRUE: puts_(o, "True"); break;
    case K_FALSE: puts_(o, "False"); break;
    case K_ELLIPSIS: puts_(o, "Ellipsis"); break;
    case K_INT: repr_int(o, c->text); break;
    case K_FLOAT:
        ast_float_repr(parse_float_text(c->text), buf, sizeof buf);
        puts_(o, buf);
        break;
    case K_IMAG: {
        ast_float_repr(parse_float_text(c->text), buf, sizeof buf);
        size_t n = strlen(buf);
        if (n > 2 && strcmp(buf + n - 2, ".0") == 0)
            buf[n - 2] = '\0';
        printf_(o, "%sj", buf);
        break;
    }
    case K_STR: repr_str(o, c->bytes, c->size, false); break;
    case K_BYTES: repr_str(o, c->bytes, c->size, true); break;
    }
}

/* ---- nodes ---- */

static void dump_exprs(Out *o, ExprList l)
{
    puts_(o, "[");
    for (size_t i = 0; i < l.n; i++) {
        if (i) puts_(o, ", ");
        if (l.items[i]) dump_expr(o, l.items[i]); else puts_(o, "None");
    }
    puts_(o, "]");
}

static const char *ctx_name(ExprContext c)
{
    return c == CTX_STORE ? "Store()" : c == CTX_DEL ? "Del()" : "Load()";
}

static const char *binop_name(AstBinOp op)
{
    static const char *const names[] = {"Add()", "Sub()", "Mult()", "MatMult()",
        "Div()", "FloorDiv()", "Mod()", "Pow()", "LShift()", "RShift()",
        "BitAnd()", "BitOr()", "BitXor()"};
    return names[op];
}

static const char *cmpop_name(CmpOpKind op)
{
    static const char *const names[] = {"Eq()", "NotEq()", "Lt()", "LtE()", "Gt()",
        "GtE()", "Is()", "IsNot()", "In()", "NotIn()"};
    return names[op];
}

/* ", name=value" for an optional expression, omitted when NULL */
static void opt_field(Out *o, const char *name, const Expr *e, bool *first)
{
    if (!e)
        return;
    printf_(o, "%s%s=", *first ? "" : ", ", name);
    *first = false;
    dump_expr(o, e);
}

static void dump_arg(Out *o, const Arg *a)
{
    printf_(o, "arg(arg='%s'", a->arg);
    if (a->annotation) {
        puts_(o, ", annotation=");
        dump_expr(o, a->annotation);
    }
    puts_(o, ")");
}

static void dump_args_list(Out *o, ArgList l)
{
    puts_(o, "[");
    for (size_t i = 0; i < l.n; i++) {
        if (i) puts_(o, ", ");
        dump_arg(o, l.items[i]);
    }
    puts_(o, "]");
}

static void dump_arguments(Out *o, const Arguments *a)
{
    puts_(o, "arguments(posonlyargs=");
    dump_args_list(o, a->posonlyargs);
    puts_(o, ", args=");
    dump_args_list(o, a->args);
    if (a->vararg) { puts_(o, ", vararg="); dump_arg(o, a->vararg); }
    puts_(o, ", kwonlyargs=");
    dump_args_list(o, a->kwonlyargs);
    puts_(o, ", kw_defaults=");
    dump_exprs(o, a->kw_defaults);
    if (a->kwarg) { puts_(o, ", kwarg="); dump_arg(o, a->kwarg); }
    puts_(o, ", defaults=");
    dump_exprs(o, a->defaults);
    puts_(o, ")");
}

static void dump_keywords(Out *o, KeywordList l)
{
    puts_(o, "[");
    for (size_t i = 0; i < l.n; i++) {
        if (i) puts_(o, ", ");
        puts_(o, "keyword(");
        if (l.items[i]->arg)
            printf_(o, "arg='%s', ", l.items[i]->arg);
        puts_(o, "value=");
        dump_expr(o, l.items[i]->value);
        puts_(o, ")");
    }
    puts_(o, "]");
}

static void dump_generators(Out *o, ComprehensionList l)
{
    puts_(o, "[");
    for (size_t i = 0; i < l.n; i++) {
        Comprehension *c = l.items[i];
        if (i) puts_(o, ", ");
        puts_(o, "comprehension(target=");
        dump_expr(o, c->target);
        puts_(o, ", iter=");
        dump_expr(o, c->iter);
        puts_(o, ", ifs=");
        dump_exprs(o, c->ifs);
        printf_(o, ", is_async=%d)", c->is_async);
    }
    puts_(o, "]");
}

static void dump_comp(Out *o, const Expr *e, const char *name)
{
    printf_(o, "%s(", name);
    if (e->kind == E_DICTCOMP) {
        puts_(o, "key=");
        dump_expr(o, e->u.comp.key);
        puts_(o, ", value=");
        dump_expr(o, e->u.comp.value);
    } else {
        puts_(o, "elt=");
        dump_expr(o, e->u.comp.elt);
    }
    puts_(o, ", generators=");
    dump_generators(o, e->u.comp.generators);
    puts_(o, ")");
}

static void dump_expr2(Out *o, const Expr *e);

static void dump_expr(Out *o, const Expr *e)
{
    bool first = true;
    switch (e->kind) {
    case E_BOOLOP:
        printf_(o, "BoolOp(op=%s, values=", e->u.boolop.op == BOOL_AND ? "And()" : "Or()");
        dump_exprs(o, e->u.boolop.values);
        puts_(o, ")");
        break;
    case E_NAMEDEXPR:
        puts_(o, "NamedExpr(target=");
        dump_expr(o, e->u.namedexpr.target);
        puts_(o, ", value=");
        dump_expr(o, e->u.namedexpr.value);
        puts_(o, ")");
        break;
    case E_BINOP:
        puts_(o, "BinOp(left=");
        dump_expr(o, e->u.binop.left);
        printf_(o, ", op=%s, right=", binop_name(e->u.binop.op));
        dump_expr(o, e->u.binop.right);
        puts_(o, ")");
        break;
    case E_UNARYOP: {
        static const char *const ops[] = {"Invert()", "Not()", "UAdd()", "USub()"};
        printf_(o, "UnaryOp(op=%s, operand=", ops[e->u.unaryop.op]);
        dump_expr(o, e->u.unaryop.operand);
        puts_(o, ")");
        break;
    }
    case E_LAMBDA:
        puts_(o, "Lambda(args=");
        dump_arguments(o, e->u.lambda.args);
        puts_(o, ", body=");
        dump_expr(o, e->u.lambda.body);
        puts_(o, ")");
        break;
    case E_IFEXP:
        puts_(o, "IfExp(test=");
        dump_expr(o, e->u.ifexp.test);
        puts_(o, ", body=");
        dump_expr(o, e->u.ifexp.body);
        puts_(o, ", orelse=");
        dump_expr(o, e->u.ifexp.orelse);
        puts_(o, ")");
        break;
    case E_DICT:
        puts_(o, "Dict(keys=");
        dump_exprs(o, e->u.dict.keys);
        puts_(o, ", values=");
        dump_exprs(o, e->u.dict.values);
        puts_(o, ")");
        break;
    case E_SET:
        puts_(o, "Set(elts=");
        dump_exprs(o, e->u.set.elts);
        puts_(o, ")");
        break;
    case E_LISTCOMP: dump_comp(o, e, "ListComp"); break;
    case E_SETCOMP: dump_comp(o, e, "SetComp"); break;
    case E_DICTCOMP: dump_comp(o, e, "DictComp"); break;
    case E_GENEXP: dump_comp(o, e, "GeneratorExp"); break;
    case E_AWAIT:
        puts_(o, "Await(value=");
        dump_expr(o, e->u.await_.value);
        puts_(o, ")");
        break;
    case E_YIELD:
        puts_(o, "Yield(");
        opt_field(o, "value", e->u.yield.value, &first);
        puts_(o, ")");
        break;
    case E_YIELDFROM:
        puts_(o, "YieldFrom(value=");
        dump_expr(o, e->u.yieldfrom.value);
        puts_(o, ")");
        break;
    default:
        dump_expr2(o, e);
        break;
    }
}

static void dump_expr2(Out *o, const Expr *e)
{
    bool first = true;
    switch (e->kind) {
    case E_COMPARE:
        puts_(o, "Compare(left=");
        dump_expr(o, e->u.compare.left);
        puts_(o, ", ops=[");
        for (size_t i = 0; i < e->u.compare.n; i++)
            printf_(o, "%s%s", i ? ", " : "", cmpop_name(e->u.compare.ops[i]));
        puts_(o, "], comparators=");
        dump_exprs(o, (ExprList){e->u.compare.n, e->u.compare.comparators});
        puts_(o, ")");
        break;
    case E_CALL:
        puts_(o, "Call(func=");
        dump_expr(o, e->u.call.func);
        puts_(o, ", args=");
        dump_exprs(o, e->u.call.args);
        puts_(o, ", keywords=");
        dump_keywords(o, e->u.call.keywords);
        puts_(o, ")");
        break;
    case E_FORMATTEDVALUE:
        puts_(o, "FormattedValue(value=");
        dump_expr(o, e->u.formatted.value);
        printf_(o, ", conversion=%d", e->u.formatted.conversion);
        first = false;
        opt_field(o, "format_spec", e->u.formatted.format_spec, &first);
        puts_(o, ")");
        break;
    case E_JOINEDSTR:
        puts_(o, "JoinedStr(values=");
        dump_exprs(o, e->u.joinedstr.values);
        puts_(o, ")");
        break;
    case E_CONSTANT:
        puts_(o, "Constant(value=");
        dump_constant(o, &e->u.constant);
        if (e->u.constant.u_prefix)
            puts_(o, ", kind='u'");
        puts_(o, ")");
        break;
    case E_ATTRIBUTE:
        puts_(o, "Attribute(value=");
        dump_expr(o, e->u.attribute.value);
        printf_(o, ", attr='%s', ctx=%s)", e->u.attribute.attr, ctx_name(e->u.attribute.ctx));
        break;
    case E_SUBSCRIPT:
        puts_(o, "Subscript(value=");
        dump_expr(o, e->u.subscript.value);
        puts_(o, ", slice=");
        dump_expr(o, e->u.subscript.slice);
        printf_(o, ", ctx=%s)", ctx_name(e->u.subscript.ctx));
        break;
    case E_STARRED:
        puts_(o, "Starred(value=");
        dump_expr(o, e->u.starred.value);
        printf_(o, ", ctx=%s)", ctx_name(e->u.starred.ctx));
        break;
    case E_NAME:
        printf_(o, "Name(id='%s', ctx=%s)", e->u.name.id, ctx_name(e->u.name.ctx));
        break;
    case E_LIST: case E_TUPLE:
        printf_(o, "%s(elts=", e->kind == E_LIST ? "List" : "Tuple");
        dump_exprs(o, e->u.list.elts);
        printf_(o, ", ctx=%s)", ctx_name(e->u.list.ctx));
        break;
    case E_SLICE:
        puts_(o, "Slice(");
        opt_field(o, "lower", e->u.slice.lower, &first);
        opt_field(o, "upper", e->u.slice.upper, &first);
        opt_field(o, "step", e->u.slice.step, &first);
        puts_(o, ")");
        break;
    default:
        puts_(o, "?");
        break;
    }
}

static void dump_body(Out *o, const char *name, StmtList l)
{
    printf_(o, ", %s=", name);
    dump_stmts(o, l);
}

static void dump_handlers(Out *o, HandlerList l)
{
    puts_(o, "[");
    for (size_t i = 0; i < l.n; i++) {
        ExceptHandler *h = l.items[i];
        if (i) puts_(o, ", ");
        puts_(o, "ExceptHandler(");
        if (h->type) { puts_(o, "type="); dump_expr(o, h->type); puts_(o, ", "); }
        if (h->name) printf_(o, "name='%s', ", h->name);
        puts_(o, "body=");
        dump_stmts(o, h->body);
        puts_(o, ")");
    }
    puts_(o, "]");
}

static void dump_aliases(Out *o, AliasList l)
{
    puts_(o, "[");
    for (size_t i = 0; i < l.n; i++) {
        if (i) puts_(o, ", ");
        printf_(o, "alias(name='%s'", l.items[i]->name);
        if (l.items[i]->asname)
            printf_(o, ", asname='%s'", l.items[i]->asname);
        puts_(o, ")");
    }
    puts_(o, "]");
}

static void dump_funcdef(Out *o, const Stmt *s)
{
    printf_(o, "%s(name='%s', args=", s->kind == S_FUNCTIONDEF ? "FunctionDef"
            : "AsyncFunctionDef", s->u.funcdef.name);
    dump_arguments(o, s->u.funcdef.args);
    dump_body(o, "body", s->u.funcdef.body);
    puts_(o, ", decorator_list=");
    dump_exprs(o, s->u.funcdef.decorator_list);
    if (s->u.funcdef.returns) {
        puts_(o, ", returns=");
        dump_expr(o, s->u.funcdef.returns);
    }
    puts_(o, ")");
}

static void dump_pattern(Out *o, const Pattern *pat);

static void dump_patterns(Out *o, PatternList l)
{
    puts_(o, "[");
    for (size_t i = 0; i < l.n; i++) {
        if (i) puts_(o, ", ");
        dump_pattern(o, l.items[i]);
    }
    puts_(o, "]");
}

static void dump_pattern(Out *o, const Pattern *pat)
{
    switch (pat->kind) {
    case P_VALUE:
        puts_(o, "MatchValue(value=");
        dump_expr(o, pat->u.value.value);
        puts_(o, ")");
        break;
    case P_SINGLETON:
        printf_(o, "MatchSingleton(value=%s)", pat->u.singleton.value == K_NONE ? "None"
                : pat->u.singleton.value == K_TRUE ? "True" : "False");
        break;
    case P_SEQUENCE:
        puts_(o, "MatchSequence(patterns=");
        dump_patterns(o, pat->u.seq.patterns);
        puts_(o, ")");
        break;
    case P_MAPPING:
        puts_(o, "MatchMapping(keys=");
        dump_exprs(o, pat->u.mapping.keys);
        puts_(o, ", patterns=");
        dump_patterns(o, pat->u.mapping.patterns);
        if (pat->u.mapping.rest)
            printf_(o, ", rest='%s'", pat->u.mapping.rest);
        puts_(o, ")");
        break;
    case P_CLASS:
        puts_(o, "MatchClass(cls=");
        dump_expr(o, pat->u.cls.cls);
        puts_(o, ", patterns=");
        dump_patterns(o, pat->u.cls.patterns);
        puts_(o, ", kwd_attrs=[");
        for (size_t i = 0; i < pat->u.cls.kwd_attrs.n; i++)
            printf_(o, "%s'%s'", i ? ", " : "", pat->u.cls.kwd_attrs.items[i]);
        puts_(o, "], kwd_patterns=");
        dump_patterns(o, pat->u.cls.kwd_patterns);
        puts_(o, ")");
        break;
    case P_STAR:
        if (pat->u.star.name)
            printf_(o, "MatchStar(name='%s')", pat->u.star.name);
        else
            puts_(o, "MatchStar()");
        break;
    case P_AS:
        puts_(o, "MatchAs(");
        if (pat->u.as.pattern) {
            puts_(o, "pattern=");
            dump_pattern(o, pat->u.as.pattern);
            if (pat->u.as.name)
                puts_(o, ", ");
        }
        if (pat->u.as.name)
            printf_(o, "name='%s'", pat->u.as.name);
        puts_(o, ")");
        break;
    case P_OR:
        puts_(o, "MatchOr(patterns=");
        dump_patterns(o, pat->u.or_.patterns);
        puts_(o, ")");
        break;
    }
}

static void dump_match(Out *o, const Stmt *s)
{
    puts_(o, "Match(subject=");
    dump_expr(o, s->u.match.subject);
    puts_(o, ", cases=[");
    for (size_t i = 0; i < s->u.match.cases.n; i++) {
        MatchCase *mc = s->u.match.cases.items[i];
        puts_(o, i ? ", match_case(pattern=" : "match_case(pattern=");
        dump_pattern(o, mc->pattern);
        if (mc->guard) {
            puts_(o, ", guard=");
            dump_expr(o, mc->guard);
        }
        dump_body(o, "body", mc->body);
        puts_(o, ")");
    }
    puts_(o, "])");
}

static void dump_stmt2(Out *o, const Stmt *s);

static void dump_stmt(Out *o, const Stmt *s)
{
    bool first = true;
    switch (s->kind) {
    case S_FUNCTIONDEF: case S_ASYNCFUNCTIONDEF: dump_funcdef(o, s); break;
    case S_CLASSDEF:
        printf_(o, "ClassDef(name='%s', bases=", s->u.classdef.name);
        dump_exprs(o, s->u.classdef.bases);
        puts_(o, ", keywords=");
        dump_keywords(o, s->u.classdef.keywords);
        dump_body(o, "body", s->u.classdef.body);
        puts_(o, ", decorator_list=");
        dump_exprs(o, s->u.classdef.decorator_list);
        puts_(o, ")");
        break;
    case S_RETURN:
        puts_(o, "Return(");
        opt_field(o, "value", s->u.return_.value, &first);
        puts_(o, ")");
        break;
    case S_DELETE:
        puts_(o, "Delete(targets=");
        dump_exprs(o, s->u.delete_.targets);
        puts_(o, ")");
        break;
    case S_ASSIGN:
        puts_(o, "Assign(targets=");
        dump_exprs(o, s->u.assign.targets);
        puts_(o, ", value=");
        dump_expr(o, s->u.assign.value);
        puts_(o, ")");
        break;
    case S_AUGASSIGN:
        puts_(o, "AugAssign(target=");
        dump_expr(o, s->u.augassign.target);
        printf_(o, ", op=%s, value=", binop_name(s->u.augassign.op));
        dump_expr(o, s->u.augassign.value);
        puts_(o, ")");
        break;
    case S_ANNASSIGN:
        puts_(o, "AnnAssign(target=");
        dump_expr(o, s->u.annassign.target);
        puts_(o, ", annotation=");
        dump_expr(o, s->u.annassign.annotation);
        first = false;
        opt_field(o, "value", s->u.annassign.value, &first);
        printf_(o, ", simple=%d)", s->u.annassign.simple);
        break;
    case S_FOR: case S_ASYNCFOR:
        printf_(o, "%s(target=", s->kind == S_FOR ? "For" : "AsyncFor");
        dump_expr(o, s->u.for_.target);
        puts_(o, ", iter=");
        dump_expr(o, s->u.for_.iter);
        dump_body(o, "body", s->u.for_.body);
        dump_body(o, "orelse", s->u.for_.orelse);
        puts_(o, ")");
        break;
    case S_WHILE: case S_IF:
        printf_(o, "%s(test=", s->kind == S_WHILE ? "While" : "If");
        dump_expr(o, s->u.if_.test);
        dump_body(o, "body", s->u.if_.body);
        dump_body(o, "orelse", s->u.if_.orelse);
        puts_(o, ")");
        break;
    default:
        dump_stmt2(o, s);
        break;
    }
}

static void dump_stmt2(Out *o, const Stmt *s)
{
    bool first = true;
    switch (s->kind) {
    case S_WITH: case S_ASYNCWITH:
        printf_(o, "%s(items=[", s->kind == S_WITH ? "With" : "AsyncWith");
        for (size_t i = 0; i < s->u.with.items.n; i++) {
            WithItem *w = s->u.with.items.items[i];
            puts_(o, i ? ", withitem(context_expr=" : "withitem(context_expr=");
            dump_expr(o, w->context_expr);
            if (w->optional_vars) {
                puts_(o, ", optional_vars=");
                dump_expr(o, w->optional_vars);
            }
            puts_(o, ")");
        }
        puts_(o, "]");
        dump_body(o, "body", s->u.with.body);
        puts_(o, ")");
        break;
    case S_RAISE:
        puts_(o, "Raise(");
        opt_field(o, "exc", s->u.raise.exc, &first);
        opt_field(o, "cause", s->u.raise.cause, &first);
        puts_(o, ")");
        break;
    case S_TRY: case S_TRYSTAR:
        printf_(o, "%s(body=", s->kind == S_TRY ? "Try" : "TryStar");
        dump_stmts(o, s->u.try_.body);
        puts_(o, ", handlers=");
        dump_handlers(o, s->u.try_.handlers);
        dump_body(o, "orelse", s->u.try_.orelse);
        dump_body(o, "finalbody", s->u.try_.finalbody);
        puts_(o, ")");
        break;
    case S_ASSERT:
        puts_(o, "Assert(test=");
        dump_expr(o, s->u.assert_.test);
        first = false;
        opt_field(o, "msg", s->u.assert_.msg, &first);
        puts_(o, ")");
        break;
    case S_IMPORT:
        puts_(o, "Import(names=");
        dump_aliases(o, s->u.import.names);
        puts_(o, ")");
        break;
    case S_IMPORTFROM:
        puts_(o, "ImportFrom(");
        if (s->u.importfrom.module)
            printf_(o, "module='%s', ", s->u.importfrom.module);
        puts_(o, "names=");
        dump_aliases(o, s->u.importfrom.names);
        printf_(o, ", level=%d)", s->u.importfrom.level);
        break;
    case S_GLOBAL: case S_NONLOCAL:
        printf_(o, "%s(names=[", s->kind == S_GLOBAL ? "Global" : "Nonlocal");
        for (size_t i = 0; i < s->u.global.names.n; i++)
            printf_(o, "%s'%s'", i ? ", " : "", s->u.global.names.items[i]);
        puts_(o, "])");
        break;
    case S_EXPR:
        puts_(o, "Expr(value=");
        dump_expr(o, s->u.expr.value);
        puts_(o, ")");
        break;
    case S_MATCH: dump_match(o, s); break;
    case S_PASS: puts_(o, "Pass()"); break;
    case S_BREAK: puts_(o, "Break()"); break;
    case S_CONTINUE: puts_(o, "Continue()"); break;
    default: puts_(o, "?"); break;
    }
}

static void dump_stmts(Out *o, StmtList l)
{
    puts_(o, "[");
    for (size_t i = 0; i < l.n; i++) {
        if (i) puts_(o, ", ");
        dump_stmt(o, l.items[i]);
    }
    puts_(o, "]");
}

char *ast_dump_module(const Module *m)
{
    Out o = {0};
    puts_(&o, "Module(body=");
    dump_stmts(&o, m->body);
    puts_(&o, ", type_ignores=[])");
    return o.s;
}

char *ast_dump_expr(const Expr *e)
{
    Out o = {0};
    dump_expr(&o, e);
    return o.s;
}
