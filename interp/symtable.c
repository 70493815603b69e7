/* symtable.c: scope records (symbols kept in first-mention order with a
 * small hash index), name mangling, and the analysis that resolves every
 * name to local / global / free / cell once the walk (symtable_visit.c) has
 * collected how each scope uses it.  The analysis follows CPython's rules:
 * names bound in enclosing functions are free, class bodies bind nothing for
 * their methods except the implicit __class__ cell. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "symtable.h"
#include "symtable_int.h"

/* ---- allocation ---------------------------------------------------------- */

void *st_grow(void *arr, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return arr;
    size_t ncap = *cap ? *cap * 2 : 8;
    while (ncap < need)
        ncap *= 2;
    void *p = realloc(arr, ncap * elem);
    if (!p) {
        fprintf(stderr, "gilpy: out of memory in the symbol table\n");
        abort();
    }
    *cap = ncap;
    return p;
}

const char *st_strdup(SymTable *st, const char *s)
{
    size_t n = strlen(s);
    char *copy = malloc(n + 1);
    if (!copy)
        abort();
    memcpy(copy, s, n + 1);
    st->strings = st_grow(st->strings, &st->strings_cap, st->nstrings + 1, sizeof(char *));
    st->strings[st->nstrings++] = copy;
    return copy;
}

Scope *st_new_scope(SymTable *st, BlockType type, const char *name, const void *key, Loc loc)
{
    Scope *s = calloc(1, sizeof *s);
    if (!s)
        abort();
    s->type = type;
    s->name = name;
    s->key = key;
    s->loc = loc;
    s->parent = st->cur;
    if (st->cur) {
        Scope *p = st->cur;
        p->children = st_grow(p->children, &p->children_cap, p->nchildren + 1, sizeof(Scope *));
        p->children[p->nchildren++] = s;
        s->nested = p->nested || p->type == BLOCK_FUNCTION;
    }
    st->all = st_grow(st->all, &st->all_cap, st->nall + 1, sizeof(Scope *));
    st->all[st->nall++] = s;
    return s;
}

void symtable_free(SymTable *st)
{
    if (!st)
        return;
    for (size_t i = 0; i < st->nall; i++) {
        Scope *s = st->all[i];
        free(s->syms);
        free(s->index);
        free(s->params);
        free(s->children);
        free(s);
    }
    for (size_t i = 0; i < st->nstrings; i++)
        free(st->strings[i]);
    free(st->strings);
    free(st->all);
    free(st);
}

/* ---- symbols --------------------------------------------------------------- */

static size_t name_hash(const char *s)
{
    size_t h = 14695981039346656037u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

static int find_slot(const Scope *s, const char *name)
{
    if (!s->index_cap)
        return -1;
    size_t mask = s->index_cap - 1;
    for (size_t i = name_hash(name) & mask;; i = (i + 1) & mask) {
        int at = s->index[i];
        if (at < 0 || strcmp(s->syms[at].name, name) == 0)
            return (int)i;
    }
}

static void reindex(Scope *s)
{
    size_t cap = s->index_cap ? s->index_cap * 2 : 16;
    free(s->index);
    s->index = malloc(cap * sizeof(int));
    if (!s->index)
        abort();
    s->index_cap = cap;
    for (size_t i = 0; i < cap; i++)
        s->index[i] = -1;
    for (size_t k = 0; k < s->nsyms; k++)
        s->index[find_slot(s, s->syms[k].name)] = (int)k;
}

const Symbol *scope_lookup(const Scope *s, const char *name)
{
    int slot = find_slot(s, name);
    if (slot < 0 || s->index[slot] < 0)
        return NULL;
    return &s->syms[s->index[slot]];
}

SymScope scope_of(const Scope *s, const char *name)
{
    const Symbol *sym = scope_lookup(s, name);
    return sym ? sym->scope : SCOPE_UNKNOWN;
}

Symbol *st_symbol(Scope *s, const char *name)
{
    const Symbol *found = scope_lookup(s, name);
    if (found)
        return (Symbol *)found;
    if ((s->nsyms + 1) * 2 > s->index_cap)
        reindex(s);
    s->syms = st_grow(s->syms, &s->cap, s->nsyms + 1, sizeof(Symbol));
    Symbol *sym = &s->syms[s->nsyms];
    sym->name = name;
    sym->flags = 0;
    sym->scope = SCOPE_UNKNOWN;
    s->index[find_slot(s, name)] = (int)s->nsyms++;
    return sym;
}

Scope *symtable_child(const Scope *parent, const void *key)
{
    for (size_t i = 0; i < parent->nchildren; i++)
        if (parent->children[i]->key == key)
            return parent->children[i];
    return NULL;
}

const char *mangle_name(const char *cls, const char *name, char *buf, size_t size)
{
    if (!cls || name[0] != '_' || name[1] != '_')
        return name;
    size_t n = strlen(name);
    if ((name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.'))
        return name;
    while (*cls == '_')
        cls++;
    if (!*cls)
        return name;           /* class name of only underscores */
    if ((size_t)snprintf(buf, size, "_%s%s", cls, name) >= size)
        return NULL;
    return buf;
}

/* ---- name sets used by the analysis ----------------------------------------- */
/* A NameSet is a Scope used only for its symbol table: membership is
 * "symbol present with flags != 0". */

static NameSet *set_new(void)
{
    NameSet *n = calloc(1, sizeof *n);
    if (!n)
        abort();
    return n;
}

static void set_free(NameSet *n)
{
    free(n->syms);
    free(n->index);
    free(n);
}

static bool set_has(const NameSet *n, const char *name)
{
    const Symbol *s = n ? scope_lookup(n, name) : NULL;
    return s && s->flags;
}

static void set_add(NameSet *n, const char *name) { st_symbol(n, name)->flags = 1; }

static void set_discard(NameSet *n, const char *name)
{
    Symbol *s = (Symbol *)scope_lookup(n, name);
    if (s)
        s->flags = 0;
}

static NameSet *set_copy(const NameSet *from)
{
    NameSet *n = set_new();
    if (from)
        for (size_t i = 0; i < from->nsyms; i++)
            if (from->syms[i].flags)
                set_add(n, from->syms[i].name);
    return n;
}

static void set_update(NameSet *into, const NameSet *from)
{
    for (size_t i = 0; i < from->nsyms; i++)
        if (from->syms[i].flags)
            set_add(into, from->syms[i].name);
}

/* ---- analysis ---------------------------------------------------------------- */

static bool st_fail(SymTable *st, Loc loc, const char *fmt, const char *name)
{
    if (!st->failed) {
        st->failed = true;
        snprintf(st->msg, sizeof st->msg, fmt, name);
        st->err_loc = loc;
    }
    return false;
}

typedef struct Sets { NameSet *local, *free, *global; const NameSet *bound; } Sets;

static bool analyze_name(SymTable *st, Scope *s, Symbol *sym, Sets *x)
{
    const char *name = sym->name;
    if (sym->flags & DEF_GLOBAL) {
        sym->scope = SCOPE_GLOBAL_EXPLICIT;
        set_add(x->global, name);
        return true;
    }
    if (sym->flags & DEF_NONLOCAL) {
        if (!set_has(x->bound, name))
            return st_fail(st, sym->dir_loc, "no binding for nonlocal '%s' found", name);
        sym->scope = SCOPE_FREE;
        s->has_free = true;
        set_add(x->free, name);
        return true;
    }
    if (sym->flags & DEF_BOUND) {
        sym->scope = SCOPE_LOCAL;
        set_add(x->local, name);
        set_discard(x->global, name);
        return true;
    }
    if (set_has(x->bound, name)) {
        sym->scope = SCOPE_FREE;
        s->has_free = true;
        set_add(x->free, name);
        return true;
    }
    sym->scope = SCOPE_GLOBAL_IMPLICIT;
    return true;
}

/* Records free names coming up from children: a local of a function that a
 * child needs becomes a cell; others become free here too, or stay globals. */
static void update_free(Scope *s, NameSet *newfree, const NameSet *bound)
{
    for (size_t i = 0; i < newfree->nsyms; i++) {
        if (!newfree->syms[i].flags)
            continue;
        const char *name = newfree->syms[i].name;
        Symbol *sym = (Symbol *)scope_lookup(s, name);
        if (sym) {
            if (s->type == BLOCK_CLASS && (sym->flags & (DEF_BOUND | DEF_GLOBAL)))
                sym->flags |= DEF_FREE_CLASS;
            continue;        /* a cell, or already free here */
        }
        if (!set_has(bound, name))
            continue;        /* nobody binds it: a global */
        sym = st_symbol(s, name);
        sym->scope = SCOPE_FREE;
        s->has_free = true;
    }
}

static bool analyze_block(SymTable *st, Scope *s, const NameSet *bound,
                          NameSet *free_out, const NameSet *global);

static bool analyze_children(SymTable *st, Scope *s, const NameSet *newbound,
                             NameSet *newfree, const NameSet *newglobal)
{
    for (size_t i = 0; i < s->nchildren; i++) {
        Scope *child = s->children[i];
        NameSet *child_free = set_new();
        bool ok = analyze_block(st, child, newbound, child_free, newglobal);
        set_update(newfree, child_free);
        set_free(child_free);
        if (!ok)
            return false;
    }
    return true;
}

static void resolve_cells(Scope *s, NameSet *newfree)
{
    if (s->type == BLOCK_FUNCTION) {
        for (size_t i = 0; i < s->nsyms; i++) {
            Symbol *sym = &s->syms[i];
            if (sym->scope == SCOPE_LOCAL && set_has(newfree, sym->name)) {
                sym->scope = SCOPE_CELL;
                set_discard(newfree, sym->name);
            }
        }
    } else if (s->type == BLOCK_CLASS && set_has(newfree, "__class__")) {
        set_discard(newfree, "__class__");
        s->needs_class_closure = true;
    }
}

static bool analyze_block(SymTable *st, Scope *s, const NameSet *bound,
                          NameSet *free_out, const NameSet *global)
{
    Sets x = { set_new(), set_new(), set_copy(global), bound };
    NameSet *newbound = set_copy(bound), *newfree = set_new();
    NameSet *newglobal = NULL;
    bool ok = true;
    if (s->type == BLOCK_CLASS)
        newglobal = set_copy(global);
    for (size_t i = 0; ok && i < s->nsyms; i++)
        ok = analyze_name(st, s, &s->syms[i], &x);
    if (ok) {
        if (s->type == BLOCK_CLASS) {
            set_add(newbound, "__class__");
        } else {
            if (s->type == BLOCK_FUNCTION)
                set_update(newbound, x.local);
            newglobal = set_copy(x.global);
        }
        ok = analyze_children(st, s, newbound, newfree, newglobal);
    }
    if (ok) {
        resolve_cells(s, newfree);
        update_free(s, newfree, bound);
        set_update(free_out, x.free);
        set_update(free_out, newfree);
    }
    set_free(x.local);
    set_free(x.free);
    set_free(x.global);
    set_free(newbound);
    set_free(newfree);
    if (newglobal)
        set_free(newglobal);
    return ok;
}

bool st_analyze(SymTable *st)
{
    NameSet *free = set_new(), *global = set_new();
    bool ok = analyze_block(st, st->top, NULL, free, global);
    set_free(free);
    set_free(global);
    return ok;
}
