/* cell.c: cell objects, the boxes that hold variables shared between a
 * function and the functions nested in it (closures). */
#include <stdio.h>
#include "code.h"
#include "err.h"
#include "str.h"

Obj *cell_new(Obj *value) {
    CellObj *c = (CellObj *)obj_alloc(&CellType, sizeof(CellObj));
    if (c == NULL) return NULL;
    XINCREF(value);
    c->value = value;
    return (Obj *)c;
}

static void cell_dealloc(Obj *o) {
    XDECREF(((CellObj *)o)->value);
    obj_free(o);
}

static Obj *cell_repr(Obj *o) {
    Obj *v = ((CellObj *)o)->value;
    char addr[32], vaddr[32];
    snprintf(addr, sizeof addr, "%p", (void *)o);
    if (v == NULL) return str_from_format("<cell at %s: empty>", addr);
    snprintf(vaddr, sizeof vaddr, "%p", (void *)v);
    return str_from_format("<cell at %s: %s object at %s>", addr, type_name(v), vaddr);
}

static Obj *cell_get_contents(Obj *o) {
    Obj *v = ((CellObj *)o)->value;
    if (v == NULL) {
        err_set_str(&Exc_ValueError, "Cell is empty");
        return NULL;
    }
    return NEWREF(v);
}

static int cell_set_contents(Obj *o, Obj *value) {
    XINCREF(value);
    SETREF(((CellObj *)o)->value, value);
    return 0;
}

static const GetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {NULL},
};

Type CellType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "cell",
    .size = sizeof(CellObj),
    .flags = TF_IMMUTABLE,
    .dealloc = cell_dealloc,
    .repr = cell_repr,
    .getattr = obj_generic_getattr,
    .getset = cell_getset,
};
