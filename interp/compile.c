/* compile.c: the compiler's driver.  compile_source/compile_ast run the
 * symbol table pass and generate one code object per scope; this file also
 * holds what every part of code generation shares: the unit stack (one unit
 * per code object under construction, with its constants and name tables),
 * instruction emission, labels, and SyntaxError construction. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "compile.h"
#include "api.h"
#include "err.h"
#include "str.h"
#include "int.h"
#include "float.h"
#include "complex.h"
#include "bytes.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"

/* ---- SyntaxError ------------------------------------------------------------ */

/* Line `line` (1-based) of the text [p, end), with its newline, or None. */
static Obj *line_of_text(const char *p, const char *end, int line)
{
    if (!p || line < 1)
        return NEWREF(NONE);
    for (int l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return NEWREF(NONE);
        p = nl + 1;
    }
    if (p >= end)
        return NEWREF(NONE);
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
    Obj *s = str_decode_utf8(p, n, "replace");
    if (!s) {
        err_clear();
        return NEWREF(NONE);
    }
    return s;
}

/* Line `line` of the file `filename`, or None when it cannot be read: what
 * CPython shows for errors found after parsing (None for "<string>"). */
static Obj *line_of_file(Obj *filename, int line)
{
    FILE *f = line > 0 ? fopen(str_data(filename), "rb") : NULL;
    if (!f)
        return NEWREF(NONE);
    char *buf = NULL;
    size_t cap = 0;
    ssize_t n = 0;
    for (int l = 1; l <= line && n >= 0; l++)
        n = getline(&buf, &cap, f);
    fclose(f);
    Obj *s = n > 0 ? line_of_text(buf, buf + n, 1) : NEWREF(NONE);
    free(buf);
    return s;
}

Obj *compiler_file_line(Compiler *c, int line)
{
    return line_of_file(c->filename, line);
}

/* A source line with or without its final newline, as CPython quotes it. */
static Obj *fit_newline(Obj *text, bool newline)
{
    if (!text || !is_str(text))
        return text;
    size_t n = str_size(text);
    bool has = n > 0 && str_data(text)[n - 1] == '\n';
    if (has == newline)
        return text;
    Obj *fitted = newline ? str_from_format("%s\n", str_data(text))
                          : str_from(str_data(text), n - 1);
    DECREF(text);
    return fitted;
}

/* Parse errors quote the source being compiled (with a newline even at the
 * end of the input, except for the tokenizer's errors); later errors quote
 * the file, as CPython does. */
static Obj *source_line(Compiler *c, int line)
{
    if (c->src && c->src_line_as_is)
        return line_of_text(c->src, c->src + c->srclen, line);
    if (c->src)
        return fit_newline(line_of_text(c->src, c->src + c->srclen, line), !c->src_line_bare);
    return line_of_file(c->filename, line);
}

int compiler_syntax_error_at(Compiler *c, Type *type, const char *msg, int line, int offset,
                             int end_line, int end_offset)
{
    Obj *text = source_line(c, line);
    Obj *m = str_from_cstr(msg);
    Obj *details = m ? tuple_new(6) : NULL;
    if (!details) {
        DECREF(text);
        XDECREF(m);
        c->failed = true;
        return -1;
    }
    tuple_set(details, 0, NEWREF(c->filename));
    tuple_set(details, 1, int_from_i64(line));
    tuple_set(details, 2, int_from_i64(offset));
    tuple_set(details, 3, text);
    tuple_set(details, 4, int_from_i64(end_line));
    tuple_set(details, 5, end_offset < 0 ? NEWREF(NONE) : int_from_i64(end_offset));
    Obj *args[2] = { m, details };
    Obj *exc = exc_new(type, args, 2);
    DECREF(m);
    DECREF(details);
    if (exc)
        err_set_obj(exc);
    c->failed = true;
    return -1;
}

int compiler_error(Compiler *c, Loc loc, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return compiler_syntax_error_at(c, &Exc_SyntaxError, msg, loc.line, loc.col + 1,
                                    loc.end_line, loc.end_col + 1);
}

/* ---- names and constants ------------------------------------------------------ */

Obj *intern_cstr(Compiler *c, const char *s)
{
    Obj *o = str_from_cstr(s);
    if (o)
        o = str_intern(o);
    if (!o)
        c->failed = true;
    return o;
}

const char *mangle(Compiler *c, const char *name, char *buf, size_t size)
{
    const char *m = mangle_name(c->u->private_name, name, buf, size);
    return m ? m : name;
}

int name_index(Compiler *c, Obj *dict, const char *name)
{
    Obj *key = intern_cstr(c, name);
    if (!key)
        return -1;
    Obj *v = dict_get_str(dict, key);
    if (v) {
        DECREF(key);
        return (int)small_value(v);
    }
    int idx = (int)dict_size(dict);
    if (dict_set(dict, key, small_new(idx)) < 0) {
        c->failed = true;
        idx = -1;
    }
    DECREF(key);
    return idx;
}

static bool const_equal(Obj *a, Obj *b);

static bool tuples_equal(Obj *a, Obj *b)
{
    if (tuple_size(a) != tuple_size(b))
        return false;
    for (size_t i = 0; i < tuple_size(a); i++)
        if (!const_equal(tuple_get(a, i), tuple_get(b, i)))
            return false;
    return true;
}

/* Two compilations of the same source (a finally body is compiled twice)
 * give equal code objects, which CPython keeps once in co_consts. */
static bool codes_equal(const CodeObj *a, const CodeObj *b)
{
    return a->ncode == b->ncode && a->argcount == b->argcount
        && a->posonlyargcount == b->posonlyargcount && a->kwonlyargcount == b->kwonlyargcount
        && a->flags == b->flags && a->firstlineno == b->firstlineno
        && str_equal(a->qualname, b->qualname)
        && memcmp(a->code, b->code, a->ncode * sizeof *a->code) == 0
        && memcmp(a->lines, b->lines, a->ncode * sizeof *a->lines) == 0
        && memcmp(a->cols, b->cols, a->ncode * sizeof *a->cols) == 0
        && tuples_equal(a->consts, b->consts) && tuples_equal(a->names, b->names)
        && tuples_equal(a->varnames, b->varnames) && tuples_equal(a->cellvars, b->cellvars)
        && tuples_equal(a->freevars, b->freevars);
}

/* Constants are merged when equal AND of the same type, so 1, 1.0, 1+0j and True,
 * or 0.0 and -0.0, stay distinct as in CPython. */
static bool const_equal(Obj *a, Obj *b)
{
    if (a == b)
        return true;
    if (TYPE(a) != TYPE(b))
        return false;
    if (is_small(a) || is_small(b))
        return false;                 /* small vs big int never equal */
    Type *t = TYPE(a);
    if (t == &IntType)
        return int_compare(a, b) == 0;
    if (t == &StrType)
        return str_equal(a, b);
    if (t == &FloatType) {
        double x = float_value(a), y = float_value(b);
        return memcmp(&x, &y, sizeof x) == 0;
    }
    if (t == &ComplexType) {
        Cplx x = complex_value(a), y = complex_value(b);
        return memcmp(&x, &y, sizeof x) == 0;
    }
    if (t == &BytesType)
        return ((BytesObj *)a)->size == ((BytesObj *)b)->size
            && memcmp(((BytesObj *)a)->data, ((BytesObj *)b)->data, ((BytesObj *)a)->size) == 0;
    if (t == &TupleType)
        return tuples_equal(a, b);
    if (t == &CodeType)
        return codes_equal((const CodeObj *)a, (const CodeObj *)b);
    return false;
}

/* A hash consistent with const_equal: type and value for numbers, strings
 * and tuples, the shape for code objects, identity for the rest. */
static uint64_t const_hash(Obj *o)
{
    Type *t = TYPE(o);
    uint64_t h = (uint64_t)(uintptr_t)t * 0x9E3779B97F4A7C15u;
    if (is_small(o))
        return h ^ (uint64_t)small_value(o) * 1000003u;
    if (t == &StrType || t == &BytesType || t == &IntType) {
        intptr_t v = obj_hash(o);
        if (v == -1) {
            err_clear();
            return h;
        }
        return h ^ (uint64_t)v;
    }
    if (t == &FloatType) {
        double d = float_value(o);
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        return h ^ bits * 31u;
    }
    if (t == &ComplexType) {
        Cplx z = complex_value(o);
        uint64_t re, im;
        memcpy(&re, &z.real, sizeof re);
        memcpy(&im, &z.imag, sizeof im);
        return h ^ re * 31u ^ im * 1000003u;
    }
    if (t == &TupleType) {
        for (size_t i = 0; i < tuple_size(o); i++)
            h = (h * 1000003u) ^ const_hash(tuple_get(o, i));
        return h;
    }
    if (t == &CodeType) {
        const CodeObj *co = (const CodeObj *)o;
        return h ^ co->ncode ^ ((uint64_t)co->firstlineno << 24) ^ (uint64_t)str_size(co->qualname);
    }
    return h ^ (uint64_t)(uintptr_t)o;
}

/* Rebuilds the unit's open-addressing index of its constants. */
static int const_table_grow(Compiler *c, Unit *u)
{
    size_t cap = u->const_cap ? u->const_cap * 2 : 64;
    int *table = malloc(cap * sizeof(int));
    if (!table) {
        err_no_memory();
        c->failed = true;
        return -1;
    }
    for (size_t i = 0; i < cap; i++)
        table[i] = -1;
    size_t n = list_size(u->consts);
    for (size_t k = 0; k < n; k++) {
        size_t i = (size_t)const_hash(list_get(u->consts, k)) & (cap - 1);
        while (table[i] >= 0)
            i = (i + 1) & (cap - 1);
        table[i] = (int)k;
    }
    free(u->const_table);
    u->const_table = table;
    u->const_cap = cap;
    return 0;
}

int const_index(Compiler *c, Obj *o)
{
    if (!o) {
        c->failed = true;
        return -1;
    }
    Unit *u = c->u;
    size_t n = list_size(u->consts);
    if ((n + 1) * 2 > u->const_cap && const_table_grow(c, u) < 0) {
        DECREF(o);
        return -1;
    }
    size_t mask = u->const_cap - 1, i = (size_t)const_hash(o) & mask;
    for (; u->const_table[i] >= 0; i = (i + 1) & mask) {
        int k = u->const_table[i];
        if (const_equal(list_get(u->consts, (size_t)k), o)) {
            DECREF(o);
            return k;
        }
    }
    int r = list_append(u->consts, o);
    DECREF(o);
    if (r < 0) {
        c->failed = true;
        return -1;
    }
    u->const_table[i] = (int)n;
    return (int)n;
}

void emit_const(Compiler *c, Obj *o)
{
    int i = const_index(c, o);
    if (i >= 0)
        emit(c, OP_LOAD_CONST, i);
}

void emit_none(Compiler *c) { emit_const(c, NEWREF(NONE)); }

/* ---- emission ------------------------------------------------------------------- */

static void *grow(Compiler *c, void *arr, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return arr;
    size_t ncap = *cap ? *cap * 2 : 64;
    while (ncap < need)
        ncap *= 2;
    void *p = realloc(arr, ncap * elem);
    if (!p) {
        err_no_memory();
        c->failed = true;
        return NULL;
    }
    *cap = ncap;
    return p;
}

static void emit_instr(Compiler *c, int op, int arg, int target)
{
    Unit *u = c->u;
    Instr *code = grow(c, u->code, &u->code_cap, u->ncode + 1, sizeof(Instr));
    if (!code)
        return;
    u->code = code;
    Instr *in = &code[u->ncode++];
    in->op = (uint8_t)op;
    in->arg = arg;
    in->target = target;
    in->loc = u->loc;
}

void emit(Compiler *c, int op, int arg) { emit_instr(c, op, arg, -1); }
void emit_jump(Compiler *c, int op, int label) { emit_instr(c, op, 0, label); }

int new_label(Compiler *c)
{
    Unit *u = c->u;
    int *labels = grow(c, u->labels, &u->labels_cap, u->nlabels + 1, sizeof(int));
    if (!labels)
        return 0;
    u->labels = labels;
    labels[u->nlabels] = -1;
    return (int)u->nlabels++;
}

void place_label(Compiler *c, int label)
{
    if (!c->failed)
        c->u->labels[label] = (int)c->u->ncode;
}

/* ---- units ---------------------------------------------------------------------- */

static int cmp_cstr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Adds to dict, sorted by name, the symbols of ste that `want` selects. */
static int add_sorted_names(Compiler *c, Obj *dict, Scope *ste,
                            bool (*want)(const Symbol *, const Scope *))
{
    const char **names = malloc((ste->nsyms + 1) * sizeof(char *));
    if (!names) {
        err_no_memory();
        return -1;
    }
    size_t n = 0;
    for (size_t i = 0; i < ste->nsyms; i++)
        if (want(&ste->syms[i], ste))
            names[n++] = ste->syms[i].name;
    qsort(names, n, sizeof(char *), cmp_cstr);
    int r = 0;
    for (size_t i = 0; i < n && r == 0; i++)
        r = name_index(c, dict, names[i]) < 0 ? -1 : 0;
    free(names);
    return r;
}

static bool is_cell(const Symbol *s, const Scope *ste) { return s->scope == SCOPE_CELL; }
static bool is_free(const Symbol *s, const Scope *ste)
{
    return s->scope == SCOPE_FREE
        || (ste->type == BLOCK_CLASS && (s->flags & DEF_FREE_CLASS));
}

static int init_unit_names(Compiler *c, Unit *u)
{
    Scope *ste = u->ste;
    for (size_t i = 0; i < ste->nparams; i++)
        TRY(name_index(c, u->varnames, ste->params[i]));
    if (ste->needs_class_closure)
        TRY(name_index(c, u->cellvars, "__class__"));
    /* CPython 3.11's co_cellvars: captured parameters in parameter order,
     * then the other cells sorted by name. */
    for (size_t i = 0; i < ste->nparams; i++)
        if (scope_of(ste, ste->params[i]) == SCOPE_CELL)
            TRY(name_index(c, u->cellvars, ste->params[i]));
    TRY(add_sorted_names(c, u->cellvars, ste, is_cell));
    TRY(add_sorted_names(c, u->freevars, ste, is_free));
    return 0;
}

/* CPython's qualname rule: nested in a function -> "f.<locals>.g", nested in a
 * class -> "C.g", declared global in its parent -> just the name. */
static Obj *make_qualname(Compiler *c, Unit *u)
{
    Unit *p = u->parent;
    if (!p || p->kind == UNIT_MODULE || u->kind == UNIT_MODULE)
        return NEWREF(u->name);
    if (u->kind == UNIT_FUNCTION || u->kind == UNIT_ASYNC_FUNCTION || u->kind == UNIT_CLASS) {
        char buf[512];
        const char *m = mangle_name(p->private_name, str_data(u->name), buf, sizeof buf);
        if (m && scope_of(p->ste, m) == SCOPE_GLOBAL_EXPLICIT)
            return NEWREF(u->name);
    }
    /* (a comprehension's children are "<listcomp>.<genexpr>", no <locals>) */
    bool in_function = p->kind == UNIT_FUNCTION || p->kind == UNIT_ASYNC_FUNCTION
                    || p->kind == UNIT_LAMBDA;
    return str_from_format(in_function ? "%U.<locals>.%U" : "%U.%U", p->qualname, u->name);
}

int unit_enter(Compiler *c, Scope *ste, UnitKind kind, Obj *name, int firstlineno)
{
    Unit *u = calloc(1, sizeof *u);
    if (!u) {
        DECREF(name);
        err_no_memory();
        return -1;
    }
    u->parent = c->u;
    u->ste = ste;
    u->kind = kind;
    u->name = name;
    u->firstlineno = firstlineno;
    u->loc = (Loc){ firstlineno, 0, firstlineno, 0 };
    u->private_name = kind == UNIT_CLASS ? ste->name : (c->u ? c->u->private_name : NULL);
    c->u = u;
    u->consts = list_new(0);
    u->names = dict_new();
    u->varnames = dict_new();
    u->cellvars = dict_new();
    u->freevars = dict_new();
    if (!u->consts || !u->names || !u->varnames || !u->cellvars || !u->freevars)
        return -1;
    u->qualname = make_qualname(c, u);
    if (!u->qualname)
        return -1;
    return init_unit_names(c, u);
}

void unit_leave(Compiler *c)
{
    Unit *u = c->u;
    if (!u)
        return;
    c->u = u->parent;
    free(u->code);
    free(u->labels);
    free(u->const_table);
    XDECREF(u->consts);
    XDECREF(u->names);
    XDECREF(u->varnames);
    XDECREF(u->cellvars);
    XDECREF(u->freevars);
    XDECREF(u->name);
    XDECREF(u->qualname);
    free(u);
}

Obj *unit_to_code(Compiler *c)
{
    if (c->failed)
        return NULL;
    return (Obj *)assemble(c);
}

/* ---- modules ---------------------------------------------------------------------- */

static bool stmt_has_annotations(Stmt *s)
{
    switch (s->kind) {
    case S_ANNASSIGN: return true;
    case S_FOR: case S_ASYNCFOR:
        return body_has_annotations(&s->u.for_.body) || body_has_annotations(&s->u.for_.orelse);
    case S_WHILE: case S_IF:
        return body_has_annotations(&s->u.while_.body) || body_has_annotations(&s->u.while_.orelse);
    case S_WITH: case S_ASYNCWITH: return body_has_annotations(&s->u.with.body);
    case S_TRY: case S_TRYSTAR:
        for (size_t i = 0; i < s->u.try_.handlers.n; i++)
            if (body_has_annotations(&s->u.try_.handlers.items[i]->body))
                return true;
        return body_has_annotations(&s->u.try_.body) || body_has_annotations(&s->u.try_.orelse)
            || body_has_annotations(&s->u.try_.finalbody);
    case S_MATCH:
        for (size_t i = 0; i < s->u.match.cases.n; i++)
            if (body_has_annotations(&s->u.match.cases.items[i]->body))
                return true;
        return false;
    default: return false;
    }
}

bool body_has_annotations(StmtList *l)
{
    for (size_t i = 0; i < l->n; i++)
        if (stmt_has_annotations(l->items[i]))
            return true;
    return false;
}

static int compile_module_body(Compiler *c, Module *mod)
{
    if (c->mode == PARSE_EVAL) {
        if (mod->body.n != 1 || mod->body.items[0]->kind != S_EXPR)
            return compiler_error(c, (Loc){ 1, 0, 1, 0 }, "invalid syntax");
        TRY(compile_expr(c, mod->body.items[0]->u.expr.value));
        emit(c, OP_RETURN_VALUE, 0);
        return 0;
    }
    if (c->mode == PARSE_SINGLE) {
        if (body_has_annotations(&mod->body))
            emit(c, OP_SETUP_ANNOTATIONS, 0);
        for (size_t i = 0; i < mod->body.n; i++) {
            Stmt *s = mod->body.items[i];
            if (s->kind == S_EXPR) {
                c->u->loc = s->loc;
                TRY(compile_expr(c, s->u.expr.value));
                emit(c, OP_PRINT_EXPR, 0);
            } else {
                TRY(compile_stmt(c, s));
            }
        }
    } else {
        TRY(compile_body_with_doc(c, &mod->body));
    }
    if (c->u->ncode == 0 && mod->body.n == 0)
        c->u->loc = (Loc){ 1, 0, 1, 0 };
    emit_none(c);
    emit(c, OP_RETURN_VALUE, 0);
    return c->failed ? -1 : 0;
}

static Obj *compile_module(Compiler *c, Module *mod)
{
    if (future_parse(c, mod) < 0)
        return NULL;
    c->st = symtable_build(mod, c->mode, c->future_annotations);
    if (!c->st) {
        err_no_memory();
        return NULL;
    }
    if (c->st->failed) {
        compiler_error(c, c->st->err_loc, "%s", c->st->msg);
        return NULL;
    }
    Obj *name = intern_cstr(c, "<module>");
    Obj *code = NULL;
    if (name && unit_enter(c, c->st->top, UNIT_MODULE, name, 1) == 0
        && compile_module_body(c, mod) == 0)
        code = unit_to_code(c);
    while (c->u)
        unit_leave(c);
    return code;
}

static void dump_disassembly(const CodeObj *co)
{
    char *text = code_disassemble(co);
    if (text) {
        fputs(text, stderr);
        free(text);
    }
}

/* Errors found from here on quote the file, never the source buffer. */
static Obj *compile_module_ast(Module *mod, const char *filename, ParseMode mode)
{
    Compiler c = { 0 };
    c.filename = str_from_cstr(filename);
    if (!c.filename)
        return NULL;
    c.mode = mode;
    Obj *code = compile_module(&c, mod);
    if (code && getenv("GILPY_DIS"))
        dump_disassembly((CodeObj *)code);
    symtable_free(c.st);
    DECREF(c.filename);
    return code;
}

Obj *compile_ast(Module *mod, const char *filename, ParseMode mode)
{
    return compile_module_ast(mod, filename, mode);
}

static Type *parse_error_type(SyntaxErrorKind kind)
{
    switch (kind) {
    case SYNERR_INDENT: return &Exc_IndentationError;
    case SYNERR_TAB: return &Exc_TabError;
    default: return &Exc_SyntaxError;
    }
}

/* Is (line, col) just past the last character of a source that does not
 * end with a newline? */
static bool error_after_last_char(const char *src, size_t len, int line, int col)
{
    if (len == 0 || src[len - 1] == '\n')
        return false;
    const char *last = src + len;
    while (last > src && last[-1] != '\n')
        last--;
    int last_line = 1;
    for (const char *p = src; p < last; p++)
        last_line += *p == '\n';
    return line == last_line && col > (int)(src + len - last);
}

Obj *compile_source(const char *src, size_t len, const char *filename, ParseMode mode)
{
    Arena *arena = arena_new();
    if (!arena) {
        err_no_memory();
        return NULL;
    }
    ParseError pe;
    memset(&pe, 0, sizeof pe);
    Module *mod = parse_source(src, len, filename, mode, arena, &pe);
    Obj *code = NULL;
    if (mod) {
        code = compile_module_ast(mod, filename, mode);
    } else {
        Compiler c = { 0 };
        c.filename = str_from_cstr(filename);
        c.src = src;
        c.srclen = len;
        c.src_line_bare = pe.line_without_newline;
        /* CPython gives exec-mode source a final newline; eval and single
         * mode source stays as it is, and an error at its very end (no
         * newline) has offset 0 */
        c.src_line_as_is = mode != PARSE_FILE;
        if (mode != PARSE_FILE && error_after_last_char(src, len, pe.line, pe.col))
            pe.col = pe.end_col = 0;
        if (c.filename) {
            compiler_syntax_error_at(&c, parse_error_type(pe.kind), pe.msg, pe.line, pe.col,
                                     pe.end_line, pe.end_col);
            DECREF(c.filename);
        }
    }
    arena_free(arena);
    return code;
}
