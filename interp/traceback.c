/* traceback.c: traceback objects (tb_next, tb_lineno, tb_lasti and a light
 * tb_frame holding f_code, f_lineno, f_globals) and their printing.
 *
 * Entries are prepended as an exception leaves each frame, so the chain runs
 * from the outermost frame to the one that raised, the order tracebacks
 * print in.  Source lines are read from the file on disk when it exists;
 * pseudo-files such as "<string>" and "<stdin>" print no source line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "traceback.h"
#include "err.h"
#include "str.h"
#include "ident.h"

int traceback_add(Obj *exc, CodeObj *code, Obj *globals, int lasti) {
    TracebackObj *tb = (TracebackObj *)obj_alloc(&TracebackType, sizeof(TracebackObj));
    if (tb == NULL) return -1;
    ExcObj *e = (ExcObj *)exc;
    tb->next = e->traceback;          /* reference moves into the new entry */
    tb->code = (CodeObj *)NEWREF((Obj *)code);
    tb->globals = NEWREF(globals);
    tb->lasti = lasti;
    tb->lineno = code_line_at(code, (size_t)lasti);
    e->traceback = (Obj *)tb;
    return 0;
}

static void traceback_dealloc(Obj *o) {
    TracebackObj *tb = (TracebackObj *)o;
    /* long chains (deep recursion) are freed iteratively, not recursively */
    while (tb != NULL) {
        Obj *next = tb->next;
        DECREF((Obj *)tb->code);
        DECREF(tb->globals);
        obj_free((Obj *)tb);
        if (next == NULL || --next->refcnt > 0) break;
        tb = (TracebackObj *)next;
    }
}

/* ---- the light frame object behind tb_frame ---------------------------- */
typedef struct FrameInfoObj {
    Obj ob;
    TracebackObj *tb;
} FrameInfoObj;

static Type FrameInfoType;

static void frameinfo_dealloc(Obj *o) {
    DECREF((Obj *)((FrameInfoObj *)o)->tb);
    obj_free(o);
}
static Obj *fi_code(Obj *o) { return NEWREF((Obj *)((FrameInfoObj *)o)->tb->code); }
static Obj *fi_lineno(Obj *o) { return small_new(((FrameInfoObj *)o)->tb->lineno); }
static Obj *fi_globals(Obj *o) { return NEWREF(((FrameInfoObj *)o)->tb->globals); }
static Obj *fi_repr(Obj *o) {
    TracebackObj *tb = ((FrameInfoObj *)o)->tb;
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)o);
    return str_from_format("<frame at %s, file '%U', line %d, code %U>", addr,
                           tb->code->filename, tb->lineno, tb->code->name);
}
static const GetSetDef frameinfo_getset[] = {
    {"f_code", fi_code, NULL},
    {"f_lineno", fi_lineno, NULL},
    {"f_globals", fi_globals, NULL},
    {NULL},
};
static Type FrameInfoType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "frame",
    .size = sizeof(FrameInfoObj),
    .flags = TF_IMMUTABLE,
    .dealloc = frameinfo_dealloc,
    .repr = fi_repr,
    .getattr = obj_generic_getattr,
    .getset = frameinfo_getset,
};

static Obj *tb_frame(Obj *o) {
    static bool ready;
    if (!ready) {
        if (type_ready(&FrameInfoType) < 0) return NULL;
        ready = true;
    }
    FrameInfoObj *fi = (FrameInfoObj *)obj_alloc(&FrameInfoType, sizeof(FrameInfoObj));
    if (fi == NULL) return NULL;
    fi->tb = (TracebackObj *)NEWREF(o);
    return (Obj *)fi;
}
static Obj *tb_next(Obj *o) {
    Obj *n = ((TracebackObj *)o)->next;
    return NEWREF(n ? n : NONE);
}
static int tb_set_next(Obj *o, Obj *v) {
    if (v == NULL) {
        err_set_str(&Exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v != NONE && !is_traceback(v)) {
        err_format(&Exc_TypeError, "expected traceback object or None, got '%s'", type_name(v));
        return -1;
    }
    for (Obj *p = v; p != NONE && p != NULL; p = ((TracebackObj *)p)->next)
        if (p == o) {
            err_set_str(&Exc_ValueError, "traceback loop detected");
            return -1;
        }
    SETREF(((TracebackObj *)o)->next, v == NONE ? NULL : NEWREF(v));
    return 0;
}
static Obj *tb_lineno(Obj *o) { return small_new(((TracebackObj *)o)->lineno); }
static Obj *tb_lasti(Obj *o) { return small_new(((TracebackObj *)o)->lasti * 2); }

static const GetSetDef traceback_getset[] = {
    {"tb_next", tb_next, tb_set_next},
    {"tb_frame", tb_frame, NULL},
    {"tb_lineno", tb_lineno, NULL},
    {"tb_lasti", tb_lasti, NULL},
    {NULL},
};

Type TracebackType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "traceback",
    .size = sizeof(TracebackObj),
    .flags = TF_IMMUTABLE,
    .dealloc = traceback_dealloc,
    .getattr = obj_generic_getattr,
    .getset = traceback_getset,
};

/* ---- printing ----------------------------------------------------------- */

/* The packed columns of the instruction at word `lasti` (cache words
 * belong to the instruction before them). */
static uint32_t cols_at(const CodeObj *co, int lasti) {
    if (co->cols == NULL || co->ncode == 0 || lasti < 0) return 0;
    size_t i = (size_t)lasti < co->ncode ? (size_t)lasti : co->ncode - 1;
    while (i > 0 && co->lines[i] <= 0) i--;
    return co->cols[i];
}

/* Appends line `lineno` of file `path`, stripped, as "    text\n", and
 * under it the carets marking columns `cols` (traceback_carets.c). */
static int append_source_line(StrBuf *b, const char *path, int lineno, uint32_t cols) {
    size_t n = strlen(path);
    if (n == 0 || (path[0] == '<' && path[n - 1] == '>')) return 0;
    FILE *fp = fopen(path, "r");
    if (fp == NULL) return 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len = 0;
    for (int i = 0; i < lineno && (len = getline(&line, &cap, fp)) >= 0; i++) {}
    fclose(fp);
    int rc = 0;
    if (len > 0) {
        char *s = line, *e = line + len;
        while (s < e && strchr(" \t\f\r\n", *s)) s++;
        while (e > s && strchr(" \t\f\r\n", e[-1])) e--;
        if (e > s) {
            rc = strbuf_append_cstr(b, "    ") | strbuf_append(b, s, (size_t)(e - s)) |
                 strbuf_append_cstr(b, "\n");
            if (rc == 0) rc = traceback_append_carets(b, line, (size_t)len, cols);
        }
    }
    free(line);
    return rc;
}

static int append_entry(StrBuf *b, const TracebackObj *tb) {
    char num[32];
    snprintf(num, sizeof num, "%d", tb->lineno);
    if (strbuf_append_cstr(b, "  File \"") < 0 || strbuf_append_str(b, tb->code->filename) < 0 ||
        strbuf_append_cstr(b, "\", line ") < 0 || strbuf_append_cstr(b, num) < 0 ||
        strbuf_append_cstr(b, ", in ") < 0 || strbuf_append_str(b, tb->code->name) < 0 ||
        strbuf_append_cstr(b, "\n") < 0)
        return -1;
    return append_source_line(b, str_data(tb->code->filename), tb->lineno,
                              cols_at(tb->code, tb->lasti));
}

enum { RECURSIVE_CUTOFF = 3 };   /* identical entries printed before eliding */

static int append_repeated(StrBuf *b, long count) {
    if (count <= RECURSIVE_CUTOFF) return 0;
    char msg[96];
    count -= RECURSIVE_CUTOFF;
    snprintf(msg, sizeof msg, "  [Previous line repeated %ld more time%s]\n", count,
             count > 1 ? "s" : "");
    return strbuf_append_cstr(b, msg);
}

static bool same_place(const TracebackObj *a, const TracebackObj *b) {
    return a != NULL && a->lineno == b->lineno && str_equal(a->code->filename, b->code->filename) &&
           str_equal(a->code->name, b->code->name);
}

Obj *traceback_format(Obj *tb_obj) {
    StrBuf b;
    strbuf_init(&b);
    const TracebackObj *prev = NULL;
    long count = 0;
    for (Obj *p = tb_obj; p != NULL && p != NONE; p = ((TracebackObj *)p)->next) {
        const TracebackObj *tb = (const TracebackObj *)p;
        if (!same_place(prev, tb)) {
            if (append_repeated(&b, count) < 0) goto fail;
            prev = tb;
            count = 0;
        }
        if (++count > RECURSIVE_CUTOFF) continue;
        if (append_entry(&b, tb) < 0) goto fail;
    }
    if (append_repeated(&b, count) < 0) goto fail;
    return strbuf_finish(&b);
fail:
    strbuf_free(&b);
    return NULL;
}

void traceback_print(Obj *tb, Obj *file) {
    Obj *text = traceback_format(tb);
    if (text == NULL) return;
    Obj *res = obj_call_method(file, IDENT(write), &text, 1);
    DECREF(text);
    XDECREF(res);
}
