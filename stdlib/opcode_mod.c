/* opcode_mod.c: the _opcode module: gilpy's own instruction set (not
 * CPython's) for the opcode and dis modules: the names in opcode order, the
 * inline cache words after each, which arguments are jump targets, and the
 * table's one-line descriptions.  The table is interp/opcodes.h. */
#include "modules.h"
#include "list.h"
#include "opcodes.h"
#include "str.h"
#include "tuple.h"

static const char *const opcode_docs[OPCODE_COUNT] = {
#define X(name, cache, doc) doc,
    OPCODE_TABLE(X)
#undef X
};

/* A tuple of OPCODE_COUNT items made by `make(i)`. */
static Obj *table(Obj *(*make)(int)) {
    Obj *t = tuple_new(OPCODE_COUNT);
    for (int i = 0; t != NULL && i < OPCODE_COUNT; i++) {
        Obj *v = make(i);
        if (v == NULL) {
            for (int k = i; k < OPCODE_COUNT; k++) tuple_set(t, (size_t)k, NEWREF(NONE));
            CLEAR(t);
            break;
        }
        tuple_set(t, (size_t)i, v);
    }
    return t;
}

static Obj *name_of(int i) { return str_from_cstr(opcode_names[i]); }
static Obj *cache_of(int i) { return small_new(opcode_cache_words[i]); }
static Obj *target_of(int i) { return NEWREF(bool_from(opcode_has_target(i))); }
static Obj *doc_of(int i) { return str_from_cstr(opcode_docs[i]); }

Obj *opcode_module_init(void) {
    Obj *m = module_new("_opcode");
    if (m == NULL) return NULL;
    static Obj *(*const makers[4])(int) = {name_of, cache_of, target_of, doc_of};
    static const char *const names[4] = {"opnames", "cache_words", "has_target", "docs"};
    for (int k = 0; k < 4; k++) {
        Obj *t = table(makers[k]);
        if (t == NULL || module_add_obj(m, names[k], t) < 0) {
            XDECREF(t);
            DECREF(m);
            return NULL;
        }
        DECREF(t);
    }
    return m;
}
