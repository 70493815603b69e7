/* io_module.c: the _io module: the file types behind open(), the in-memory
 * streams StringIO and BytesIO, UnsupportedOperation and the constants the
 * pure-Python io module (stdlib/lib/io.py) builds on. */
#include "io_internal.h"
#include "dict.h"
#include "modules.h"

Obj *io_dict_get(Obj **slot) {
    if (*slot == NULL && (*slot = dict_new()) == NULL) return NULL;
    return NEWREF(*slot);
}

Obj *io_module_init(void) {
    static const struct { const char *name; Type *type; } types[] = {
        {"TextIOWrapper", &TextIOType}, {"BufferedReader", &BufferedReaderType},
        {"BufferedWriter", &BufferedWriterType}, {"BufferedRandom", &BufferedRandomType},
        {"FileIO", &FileIOType}, {"StringIO", &StringIOType}, {"BytesIO", &BytesIOType},
        {"UnsupportedOperation", &UnsupportedOperationType},
    };
    Obj *m = module_new("_io");
    if (m == NULL) return NULL;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (type_ready(types[i].type) < 0 || module_add_obj(m, types[i].name, (Obj *)types[i].type) < 0) {
            DECREF(m);
            return NULL;
        }
    }
    if (module_add_int(m, "DEFAULT_BUFFER_SIZE", 8192) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
