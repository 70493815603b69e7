/* json_module.c: the _json module (the C accelerator json.decoder and
 * json.encoder import when they can): scanstring, encode_basestring(_ascii),
 * make_scanner and make_encoder; and the errors the decoder raises
 * (json.decoder.JSONDecodeError, StopIteration(index)). */
#include "json_internal.h"
#include "args.h"
#include "api.h"
#include "err.h"
#include "int.h"
#include "modules.h"
#include "str_internal.h"
#include "tuple.h"

size_t json_index(Obj *doc, size_t off) { return str_index_of_offset(doc, off); }

/* json.decoder.JSONDecodeError, looked up on the first error (json.decoder
 * imports _json, so not at import time); borrowed, kept for good. */
static Obj *decode_error_class(void) {
    static Obj *cls;
    if (cls != NULL) return cls;
    Obj *m = import_module_cstr("json.decoder");
    if (m == NULL) return NULL;
    cls = obj_getattr_cstr(m, "JSONDecodeError");
    DECREF(m);
    return cls;
}

void json_raise_error(const char *msg, Obj *doc, size_t off) {
    Obj *cls = decode_error_class();
    if (cls == NULL) return;
    Obj *text = str_from_cstr(msg);
    Obj *pos = text ? int_from_u64(json_index(doc, off)) : NULL;
    if (pos == NULL) {
        XDECREF(text);
        return;
    }
    Obj *args[3] = {text, doc, pos};
    Obj *exc = obj_call(cls, args, 3, NULL);
    DECREF(text);
    DECREF(pos);
    if (exc != NULL) err_set_obj(exc);
}

void json_raise_stop(Obj *doc, size_t off) {
    Obj *pos = int_from_u64(json_index(doc, off));
    if (pos == NULL) return;
    Obj *exc = exc_new(&Exc_StopIteration, &pos, 1);
    DECREF(pos);
    if (exc != NULL) err_set_obj(exc);
}

/* scanstring(string, end, strict=True) -> (str, end): decodes the JSON
 * string whose body starts at index end (after the quote). */
static Obj *m_scanstring(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("scanstring", kwnames) < 0) return NULL;
    if (nargs < 2 || nargs > 3) {
        err_format(&Exc_TypeError, "scanstring() takes at %s %d arguments (%zu given)",
                   nargs < 2 ? "least" : "most", nargs < 2 ? 2 : 3, nargs);
        return NULL;
    }
    Obj *doc = args[0];
    intptr_t end;
    if (int_index_ssize(args[1], &end) < 0) return NULL;
    intptr_t strict = 1;   /* an int, as CPython's "i" argument */
    if (nargs > 2 && int_index_ssize(args[2], &strict) < 0) return NULL;
    if (!is_str(doc)) return json_not_a_string(doc);
    if (end < 0 || (size_t)end > str_length(doc)) {
        err_set_str(&Exc_ValueError, "end is out of bounds");
        return NULL;
    }
    size_t stop;
    Obj *s = json_scan_string(doc, str_offset(doc, (size_t)end), strict != 0, NULL, &stop);
    if (s == NULL) return NULL;
    Obj *pos = int_from_u64(json_index(doc, stop));
    if (pos == NULL) {
        DECREF(s);
        return NULL;
    }
    Obj *res = tuple_pack(2, s, pos);
    DECREF(s);
    DECREF(pos);
    return res;
}

static const MethodDef json_functions[] = {
    {"scanstring", m_scanstring},
    {"encode_basestring_ascii", json_encode_basestring_ascii},
    {"encode_basestring", json_encode_basestring},
    {NULL},
};

Obj *json_c_module_init(void) {
    Obj *m = module_new("_json");
    if (m == NULL) return NULL;
    if (module_add_functions(m, json_functions) < 0 || type_ready(&JsonScannerType) < 0 ||
        type_ready(&JsonEncoderType) < 0 ||
        module_add_obj(m, "make_scanner", (Obj *)&JsonScannerType) < 0 ||
        module_add_obj(m, "make_encoder", (Obj *)&JsonEncoderType) < 0 ||
        module_add_obj(m, "__doc__", str_intern_cstr("json speedups\n")) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
