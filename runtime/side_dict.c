/* side_dict.c: the __dict__ of instances whose layout has no room for one
 * at a fixed offset (subclasses of str, bytes and tuple keep their data at
 * the end of the object).  A table maps the instance's address to a small
 * malloc'd box holding its dict pointer, so the attribute code gets a
 * stable Obj ** as it does for an in-object slot; the instance's dealloc
 * releases it. */
#include <stdlib.h>
#include "object.h"
#include "err.h"
#include "dict.h"
#include "type_internal.h"
#include "tstate.h"

static Obj *table;   /* dict: address (tagged int) -> box address (tagged int) */

static Obj *key_of(const void *p) { return small_new((intptr_t)p); }

Obj **side_dict_slot(Obj *o, bool create) {
    if (table == NULL) {
        if (!create) return NULL;
        if ((table = dict_new()) == NULL) return NULL;
    }
    Obj *box = dict_get(table, key_of(o));
    if (box != NULL) return (Obj **)small_value(box);
    if (err_occurred() != NULL || !create) return NULL;
    Obj **slot = calloc(1, sizeof *slot);
    if (slot == NULL) {
        err_no_memory();
        return NULL;
    }
    if (dict_set(table, key_of(o), key_of(slot)) < 0) {
        free(slot);
        return NULL;
    }
    return slot;
}

void side_dict_release(Obj *o) {
    if (table == NULL) return;
    Obj *box = dict_get(table, key_of(o));
    if (box == NULL) return;
    Obj **slot = (Obj **)small_value(box);
    Obj *saved = err_fetch();
    if (dict_del(table, key_of(o)) < 0) err_clear();
    if (saved != NULL) SETREF(tstate_get()->cur_exc, saved);
    Obj *d = *slot;
    free(slot);
    XDECREF(d);
}
