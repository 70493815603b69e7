/* re_code.c: _re.Code, a compiled PCRE2 pattern, and the subject helpers.
 *
 * A Code holds up to three compiled forms of one pattern, one per anchoring
 * (search, match = anchored at the start, fullmatch = anchored at both
 * ends), each JIT-compiled when the JIT is available: PCRE2's JIT does not
 * take the anchoring options at match time, so they are baked in at compile
 * time instead.  Offsets are bytes inside; str subjects see characters. */
#include <string.h>
#include "re_internal.h"
#include "api.h"
#include "modules.h"
#include "args.h"
#include "bytes.h"
#include "dict.h"
#include "err.h"
#include "int.h"
#include "str.h"
#include "str_internal.h"
#include "tuple.h"
#include "unicode_names.h"
#include "intarg.h"

/* ---- shared PCRE2 contexts (used under the GIL only) ------------------- */

static pcre2_compile_context *compile_ctx;
static pcre2_match_context *match_ctx;
static pcre2_jit_stack *jit_stack;

static int contexts_ready(void) {
    if (compile_ctx != NULL) return 0;
    compile_ctx = pcre2_compile_context_create(NULL);
    match_ctx = pcre2_match_context_create(NULL);
    if (compile_ctx == NULL || match_ctx == NULL) {
        err_set_str(&Exc_MemoryError, "");
        return -1;
    }
    /* Python's '.', '$' and '^' know only '\n' as a line end. */
    pcre2_set_newline(compile_ctx, PCRE2_NEWLINE_LF);
    pcre2_set_bsr(compile_ctx, PCRE2_BSR_UNICODE);
    jit_stack = pcre2_jit_stack_create(32 * 1024, 64 * 1024 * 1024, NULL);
    if (jit_stack != NULL) pcre2_jit_stack_assign(match_ctx, NULL, jit_stack);
    return 0;
}

/* ---- compiling ---------------------------------------------------------- */

static const uint32_t mode_options[RE_NMODES] = {
    0, PCRE2_ANCHORED, PCRE2_ANCHORED | PCRE2_ENDANCHORED,
};

/* Compiles c's pattern for `mode`; on failure fills *errcode / *erroff and
 * returns NULL. */
static pcre2_code *compile_mode(ReCode *c, int mode, int *errcode, PCRE2_SIZE *erroff) {
    const unsigned char *p;
    size_t n;
    if (c->is_bytes) {
        p = byteslike_data(c->pattern);
        n = byteslike_size(c->pattern);
    } else {
        p = (const unsigned char *)str_data(c->pattern);
        n = str_size(c->pattern);
    }
    pcre2_code *code =
        pcre2_compile(p, n, c->options | mode_options[mode], errcode, erroff, compile_ctx);
    if (code != NULL && c->jit) pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    return code;
}

static pcre2_code *code_for(ReCode *c, int mode) {
    if (c->code[mode] == NULL) {
        int errcode;
        PCRE2_SIZE erroff;
        c->code[mode] = compile_mode(c, mode, &errcode, &erroff);
        if (c->code[mode] == NULL) {
            PCRE2_UCHAR msg[256];
            pcre2_get_error_message(errcode, msg, sizeof msg);
            err_format(&Exc_RuntimeError, "PCRE2 compile failed: %s", (const char *)msg);
        }
    }
    return c->code[mode];
}

/* _re.compile(pattern, flags[, groupindex, names, parents]): a Code, or
 * (errcode, offset, message) when PCRE2 refuses the pattern (re.py words
 * the error as CPython).  groupindex maps names to numbers, names numbers
 * to names, and parents[i] is the group enclosing group i (0 for none). */
static Obj *re_compile(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    if (args_no_kwargs("compile", kwnames) < 0 || args_count("compile", nargs, 2, 5) < 0)
        return NULL;
    for (size_t i = 2; i < nargs; i++) {
        bool ok = args[i] == NONE || (i < 4 ? IS_TYPE(args[i], DictType) : is_tuple(args[i]));
        if (!ok) {
            err_set_str(&Exc_TypeError, "compile: bad group tables");
            return NULL;
        }
    }
    Obj *pat = args[0];
    if (!is_str(pat) && !is_bytes(pat)) {
        err_set_str(&Exc_TypeError, "pattern must be str or bytes");
        return NULL;
    }
    intptr_t flags = int_as_ssize(args[1]);
    if (flags == -1 && err_occurred()) return NULL;
    if (contexts_ready() < 0) return NULL;
    ReCode *c = (ReCode *)obj_alloc(&ReCodeType, sizeof(ReCode));
    if (c == NULL) return NULL;
    c->pattern = NEWREF(pat);
    c->is_bytes = is_bytes(pat);
    if (nargs > 2 && args[2] != NONE) c->groupindex = NEWREF(args[2]);
    if (nargs > 3 && args[3] != NONE) c->names = NEWREF(args[3]);
    if (nargs > 4 && args[4] != NONE) c->parents = NEWREF(args[4]);
    uint32_t o = PCRE2_ALT_CIRCUMFLEX;
    if (flags & RE_FLAG_IGNORECASE) o |= PCRE2_CASELESS;
    if (flags & RE_FLAG_MULTILINE) o |= PCRE2_MULTILINE;
    if (flags & RE_FLAG_DOTALL) o |= PCRE2_DOTALL;
    if (flags & RE_FLAG_NO_START_OPTIMIZE) o |= PCRE2_NO_START_OPTIMIZE;
    c->jit = !(flags & RE_FLAG_NO_JIT);
    if (!c->is_bytes) {
        o |= PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
        if (!(flags & RE_FLAG_ASCII)) o |= PCRE2_UCP;
    }
    c->options = o;
    int errcode;
    PCRE2_SIZE erroff;
    c->code[RE_SEARCH] = compile_mode(c, RE_SEARCH, &errcode, &erroff);
    if (c->code[RE_SEARCH] == NULL) {
        DECREF((Obj *)c);
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(errcode, msg, sizeof msg);
        Obj *m = str_from_cstr((const char *)msg);
        if (m == NULL) return NULL;
        Obj *t = tuple_pack(3, small_new(errcode), small_new((intptr_t)erroff), m);
        DECREF(m);
        return t;
    }
    pcre2_pattern_info(c->code[RE_SEARCH], PCRE2_INFO_CAPTURECOUNT, &c->groups);
    c->md = pcre2_match_data_create(c->groups + 1, NULL);
    if (c->md == NULL) {
        DECREF((Obj *)c);
        err_set_str(&Exc_MemoryError, "");
        return NULL;
    }
    return (Obj *)c;
}

static void code_dealloc(Obj *o) {
    ReCode *c = (ReCode *)o;
    for (int i = 0; i < RE_NMODES; i++)
        if (c->code[i] != NULL) pcre2_code_free(c->code[i]);
    if (c->md != NULL) pcre2_match_data_free(c->md);
    XDECREF(c->pattern);
    XDECREF(c->groupindex);
    XDECREF(c->names);
    XDECREF(c->parents);
    obj_free(o);
}

/* ---- subjects ----------------------------------------------------------- */

int re_subject_init(ReCode *c, Obj *o, ReSubject *s) {
    s->obj = o;
    s->cur_byte = s->cur_char = 0;
    s->pos = s->endpos = 0;
    if (is_str(o)) {
        if (c->is_bytes) {
            err_set_str(&Exc_TypeError, "cannot use a bytes pattern on a string-like object");
            return -1;
        }
        s->data = (const unsigned char *)str_data(o);
        s->size = str_size(o);
        s->is_str = true;
        s->ascii = str_is_ascii(o);
        return 0;
    }
    if (is_byteslike(o)) {
        if (!c->is_bytes) {
            err_set_str(&Exc_TypeError, "cannot use a string pattern on a bytes-like object");
            return -1;
        }
        s->data = byteslike_data(o);
        s->size = byteslike_size(o);
        s->is_str = false;
        s->ascii = true;
        return 0;
    }
    err_format(&Exc_TypeError, "expected string or bytes-like object, got '%s'", type_name(o));
    return -1;
}

/* A pos/endpos argument as a Python index clamped to [0, len]. */
static int index_arg(Obj *o, size_t len, size_t dflt, size_t *out) {
    if (o == NULL || o == NONE) {
        *out = dflt;
        return 0;
    }
    intptr_t v;
    if (intarg_ssize(o, &v) < 0) return -1;
    if (v < 0) v = 0;
    if ((size_t)v > len) v = (intptr_t)len;
    *out = (size_t)v;
    return 0;
}

int re_subject_range(ReSubject *s, Obj *pos, Obj *endpos, size_t *start, size_t *end) {
    size_t len = s->is_str ? str_length(s->obj) : s->size;
    size_t a, b;
    if (index_arg(pos, len, 0, &a) < 0 || index_arg(endpos, len, len, &b) < 0) return -1;
    s->pos = a;
    s->endpos = b;
    if (s->is_str && !s->ascii) {
        size_t ba = str_offset(s->obj, a);
        size_t bb = str_offset(s->obj, b);
        s->cur_byte = ba;
        s->cur_char = a;
        a = ba;
        b = bb;
    }
    *start = a;
    *end = b;
    return 0;
}

size_t re_subject_index(ReSubject *s, size_t off) {
    if (s->ascii) return off;
    const char *d = (const char *)s->data;
    if (off >= s->cur_byte) {
        s->cur_char += utf8_count(d + s->cur_byte, off - s->cur_byte);
    } else if (off < s->cur_byte / 2) {
        s->cur_char = utf8_count(d, off);
    } else {
        s->cur_char -= utf8_count(d + off, s->cur_byte - off);
    }
    s->cur_byte = off;
    return s->cur_char;
}

Obj *re_subject_slice(ReSubject *s, size_t a, size_t b) {
    const char *p = (const char *)s->data + a;
    if (!s->is_str) return bytes_from(p, b - a);
    if (s->ascii) return str_from_known(p, b - a, b - a, true);
    return str_from(p, b - a);
}

/* ---- running ------------------------------------------------------------ */

int re_exec(ReCode *c, int mode, ReSubject *s, size_t start, size_t end, uint32_t opts) {
    pcre2_code *code = code_for(c, mode);
    if (code == NULL) return -1;
    if (start > end) return 0;
    int rc = pcre2_match(code, s->data, end, start, opts, c->md, match_ctx);
    if (rc >= 0) return 1;
    if (rc == PCRE2_ERROR_NOMATCH) return 0;
    PCRE2_UCHAR msg[256];
    pcre2_get_error_message(rc, msg, sizeof msg);
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
        rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT)
        err_format(&Exc_RecursionError, "maximum recursion limit exceeded (%s)",
                   (const char *)msg);
    else
        err_format(&Exc_RuntimeError, "regular expression engine error: %s", (const char *)msg);
    return -1;
}

Obj *re_spans(ReCode *c, ReSubject *s) {
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
    size_t n = 2 * ((size_t)c->groups + 1);
    Obj *t = tuple_new(n);
    if (t == NULL) return NULL;
    for (size_t i = 0; i < n; i++) {
        intptr_t v = ov[i] == PCRE2_UNSET ? -1 : (intptr_t)re_subject_index(s, ov[i]);
        tuple_set(t, i, small_new(v));
    }
    return t;
}

/* Code.match(string, pos, endpos, mode[, pattern]): a re.Match of
 * `pattern`, or the spans tuple without one; None for no match. */
static Obj *code_match(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("match", kwnames) < 0 || args_count("match", nargs, 4, 5) < 0)
        return NULL;
    ReCode *c = (ReCode *)self;
    ReSubject s;
    size_t start, end;
    if (re_subject_init(c, args[0], &s) < 0 ||
        re_subject_range(&s, args[1], args[2], &start, &end) < 0)
        return NULL;
    intptr_t mode = int_as_ssize(args[3]);
    if (mode < 0 || mode >= RE_NMODES) {
        if (!err_occurred()) err_set_str(&Exc_ValueError, "bad mode");
        return NULL;
    }
    int rc = re_exec(c, (int)mode, &s, start, end, 0);
    if (rc <= 0) return rc < 0 ? NULL : NEWREF(NONE);
    if (nargs == 5) return re_match_new(c, args[4], &s);
    return re_spans(c, &s);
}

static Obj *code_get_groups(Obj *self) { return small_new(((ReCode *)self)->groups); }
static Obj *code_get_pattern(Obj *self) { return NEWREF(((ReCode *)self)->pattern); }

static const MethodDef code_methods[] = {
    {"match", code_match},
    {"findall", re_code_findall},
    {"sub", re_code_sub},
    {"split", re_code_split},
    {"scan", re_code_scan},
    {NULL},
};

static const GetSetDef code_getset[] = {
    {"groups", code_get_groups, NULL},
    {"pattern", code_get_pattern, NULL},
    {NULL},
};

Type ReCodeType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_re.Code",
    .size = sizeof(ReCode),
    .base = &ObjectType,
    .dealloc = code_dealloc,
    .methods = code_methods,
    .getset = code_getset,
    .doc = "A pattern compiled by PCRE2 (made by _re.compile).",
};

/* ---- the module --------------------------------------------------------- */

/* _re.lookup_name(name): the code point of a Unicode character name, for
 * \N{...} (KeyError when unknown); the parser's table serves both. */
static Obj *re_lookup_name(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("lookup_name", kwnames) < 0 || args_count("lookup_name", nargs, 1, 1) < 0)
        return NULL;
    if (!is_str(args[0])) {
        err_set_str(&Exc_TypeError, "lookup_name() argument must be str");
        return NULL;
    }
    int32_t cp = unicode_lookup_name(str_data(args[0]), str_size(args[0]));
    if (cp < 0) {
        err_format(&Exc_KeyError, "undefined character name '%U'", args[0]);
        return NULL;
    }
    return small_new(cp);
}

static const MethodDef re_functions[] = {
    {"compile", re_compile},
    {"lookup_name", re_lookup_name},
    {NULL},
};

Obj *re_module_init(void) {
    if (type_ready(&ReCodeType) < 0 || type_ready(&ReScanType) < 0 ||
        type_ready(&ReMatchType) < 0)
        return NULL;
    Obj *m = module_new("_re");
    if (m == NULL) return NULL;
    if (module_add_functions(m, re_functions) < 0 ||
        module_add_obj(m, "Code", (Obj *)&ReCodeType) < 0 ||
        module_add_obj(m, "Match", (Obj *)&ReMatchType) < 0 ||
        module_add_int(m, "NO_START_OPTIMIZE", RE_FLAG_NO_START_OPTIMIZE) < 0 ||
        module_add_int(m, "NO_JIT", RE_FLAG_NO_JIT) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
