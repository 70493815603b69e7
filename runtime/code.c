/* code.c: the code object type (`types.CodeType`): allocation, deallocation,
 * repr and the read-only co_* attributes.  The compiler fills the fields;
 * the VM owns `vm_cache`. */
#include <stdio.h>
#include <stdlib.h>
#include "code.h"
#include "err.h"
#include "str.h"
#include "tuple.h"
#include "bytes.h"

CodeObj *code_new(void) {
    return (CodeObj *)obj_alloc(&CodeType, sizeof(CodeObj));
}

int code_line_at(const CodeObj *co, size_t offset) {
    if (co->lines == NULL || co->ncode == 0) return co->firstlineno;
    if (offset >= co->ncode) offset = co->ncode - 1;
    /* cache words carry line 0: use the line of the instruction before */
    for (size_t i = offset + 1; i-- > 0;)
        if (co->lines[i] > 0) return co->lines[i];
    return co->firstlineno;
}

static void code_dealloc(Obj *o) {
    CodeObj *co = (CodeObj *)o;
    free(co->code);
    free(co->lines);
    free(co->cols);
    free(co->cell2arg);
    free(co->vm_cache);
    XDECREF(co->consts);
    XDECREF(co->names);
    XDECREF(co->varnames);
    XDECREF(co->cellvars);
    XDECREF(co->freevars);
    XDECREF(co->filename);
    XDECREF(co->name);
    XDECREF(co->qualname);
    obj_free(o);
}

static Obj *code_repr(Obj *o) {
    CodeObj *co = (CodeObj *)o;
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)o);
    return str_from_format("<code object %U at %s, file \"%U\", line %d>",
                           co->name, addr, co->filename, co->firstlineno);
}

static Obj *obj_or_empty_tuple(Obj *t) {
    return t ? NEWREF(t) : tuple_empty();
}

#define CODE_OBJ_GETTER(attr, field) \
    static Obj *get_##attr(Obj *o) { return obj_or_empty_tuple(((CodeObj *)o)->field); }
CODE_OBJ_GETTER(co_consts, consts)
CODE_OBJ_GETTER(co_names, names)
CODE_OBJ_GETTER(co_varnames, varnames)
CODE_OBJ_GETTER(co_cellvars, cellvars)
CODE_OBJ_GETTER(co_freevars, freevars)
CODE_OBJ_GETTER(co_filename, filename)
CODE_OBJ_GETTER(co_name, name)
CODE_OBJ_GETTER(co_qualname, qualname)
#undef CODE_OBJ_GETTER

#define CODE_INT_GETTER(attr, field) \
    static Obj *get_##attr(Obj *o) { return small_new((intptr_t)((CodeObj *)o)->field); }
CODE_INT_GETTER(co_argcount, argcount)
CODE_INT_GETTER(co_posonlyargcount, posonlyargcount)
CODE_INT_GETTER(co_kwonlyargcount, kwonlyargcount)
CODE_INT_GETTER(co_nlocals, nlocals)
CODE_INT_GETTER(co_stacksize, stacksize)
CODE_INT_GETTER(co_flags, flags)
CODE_INT_GETTER(co_firstlineno, firstlineno)
#undef CODE_INT_GETTER

/* The raw instruction words as little-endian bytes. */
static Obj *get_co_code(Obj *o) {
    CodeObj *co = (CodeObj *)o;
    return bytes_from(co->code, co->ncode * sizeof(uint32_t));
}

static const GetSetDef code_getset[] = {
    {"co_consts", get_co_consts, NULL},
    {"co_names", get_co_names, NULL},
    {"co_varnames", get_co_varnames, NULL},
    {"co_cellvars", get_co_cellvars, NULL},
    {"co_freevars", get_co_freevars, NULL},
    {"co_filename", get_co_filename, NULL},
    {"co_name", get_co_name, NULL},
    {"co_qualname", get_co_qualname, NULL},
    {"co_argcount", get_co_argcount, NULL},
    {"co_posonlyargcount", get_co_posonlyargcount, NULL},
    {"co_kwonlyargcount", get_co_kwonlyargcount, NULL},
    {"co_nlocals", get_co_nlocals, NULL},
    {"co_stacksize", get_co_stacksize, NULL},
    {"co_flags", get_co_flags, NULL},
    {"co_firstlineno", get_co_firstlineno, NULL},
    {"co_code", get_co_code, NULL},
    {NULL},
};

static intptr_t code_hash(Obj *o) { return hash_pointer(o); }

Type CodeType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "code",
    .size = sizeof(CodeObj),
    .flags = TF_IMMUTABLE | TF_WEAKREFABLE,
    .dealloc = code_dealloc,
    .repr = code_repr,
    .hash = code_hash,
    .getattr = obj_generic_getattr,
    .getset = code_getset,
    .methods = code_methods,
};
