/* type_slots.c: slot wrappers (int.__add__, list.__len__...). */
#include "type_internal.h"

int type_add_slot_wrappers(Type *t) {
    return 0;
}
