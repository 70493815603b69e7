/* exc_print.c: printing uncaught exceptions the way CPython 3.11 does:
 * chained exceptions first ("The above exception was the direct cause..."),
 * then "Traceback (most recent call last):" with the entries, the
 * SyntaxError location block, "Type: message" (with 3.11's "Did you
 * mean" hint), and the notes; exceptions nobody can catch ("Exception
 * ignored in: ...").  Also the top-level policy: SystemExit becomes the
 * exit status. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "exceptions_internal.h"
#include "err.h"
#include "str.h"
#include "list.h"
#include "int.h"
#include "ident.h"
#include "api.h"
#include "traceback.h"
#include "suggestions.h"

/* Writes s to file, or to C's stderr when sys.stderr is not set up. */
static void emit_str(Obj *file, Obj *s) {
    if (file == NULL || file == NONE) {
        fwrite(str_data(s), 1, str_size(s), stderr);
        return;
    }
    Obj *r = obj_call_method(file, IDENT(write), &s, 1);
    if (r == NULL) {
        err_clear();
        fwrite(str_data(s), 1, str_size(s), stderr);
    }
    XDECREF(r);
}

static void emit(Obj *file, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Obj *s = str_from_vformat(fmt, ap);
    va_end(ap);
    if (s == NULL) {
        err_clear();
        return;
    }
    emit_str(file, s);
    DECREF(s);
}

/* "ValueError", or "pkg.mod.Error" outside builtins/__main__. */
static void emit_type_name(Obj *file, Type *t) {
    Obj *mod = obj_lookup_attr((Obj *)t, IDENT(__module__));
    Obj *qual = obj_lookup_attr((Obj *)t, IDENT(__qualname__));
    err_clear();
    if (qual == NULL || !is_str(qual)) SETREF(qual, NEWREF(t->name_obj));
    if (mod != NULL && is_str(mod) && !str_equal_cstr(mod, "builtins") &&
        !str_equal_cstr(mod, "__main__"))
        emit(file, "%U.%U", mod, qual);
    else
        emit(file, "%U", qual);
    XDECREF(mod);
    XDECREF(qual);
}

/* The `  File "x.py", line 3` block with the source line and carets. */
static void emit_syntax_location(Obj *file, SyntaxErrorObj *e) {
    if (!e->filename || !is_str(e->filename) || !e->lineno || !is_small(e->lineno)) return;
    emit(file, "  File \"%U\", line %S\n", e->filename, e->lineno);
    if (!e->text || !is_str(e->text)) return;
    const char *text = str_data(e->text);
    intptr_t offset = e->offset && is_small(e->offset) ? small_value(e->offset) : -1;
    intptr_t end = e->end_offset && is_small(e->end_offset) ? small_value(e->end_offset) : -1;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
        end--;
    }
    size_t len = strcspn(text, "\n");
    emit(file, "    ");
    /* the line itself: written raw so a '%' in it is not a directive */
    Obj *line = str_from(text, len);
    if (line == NULL) {
        err_clear();
        return;
    }
    emit(file, "%U\n", line);
    DECREF(line);
    if (offset < 1) return;
    intptr_t width = end > offset ? end - offset : 1;
    if ((size_t)(offset - 1) > len) offset = (intptr_t)len + 1;
    StrBuf b;
    strbuf_init(&b);
    strbuf_append_cstr(&b, "    ");
    for (intptr_t i = 1; i < offset; i++) strbuf_append_cstr(&b, " ");
    for (intptr_t i = 0; i < width; i++) strbuf_append_cstr(&b, "^");
    strbuf_append_cstr(&b, "\n");
    Obj *carets = strbuf_finish(&b);
    if (carets != NULL) {
        emit_str(file, carets);
        DECREF(carets);
    }
}

static void emit_notes(Obj *file, ExcObj *e) {
    if (e->notes == NULL) return;
    if (!is_list(e->notes)) {
        emit(file, "%R\n", e->notes);
        return;
    }
    for (size_t i = 0; i < list_size(e->notes); i++) {
        Obj *note = list_get(e->notes, i);
        if (is_str(note)) emit(file, "%U\n", note);
        else emit(file, "%R\n", note);   /* CPython shows non-str notes by repr */
    }
}

/* "Type: message" (just "Type" when the message is empty). */
static void emit_message(Obj *file, Obj *exc) {
    Type *t = TYPE(exc);
    emit_type_name(file, t);
    Obj *msg;
    if (type_is_subtype(t, &Exc_SyntaxError) && ((SyntaxErrorObj *)exc)->msg != NULL)
        msg = obj_str(((SyntaxErrorObj *)exc)->msg);
    else
        msg = obj_str(exc);
    if (msg == NULL) {
        err_clear();
        emit(file, ": <exception str() failed>\n");
        return;
    }
    Obj *hint = suggestion_for(exc);
    if (str_size(msg) == 0) emit(file, hint ? ". Did you mean: '%U'?\n" : "\n", hint);
    else if (hint) emit(file, ": %U. Did you mean: '%U'?\n", msg, hint);
    else emit(file, ": %U\n", msg);
    XDECREF(hint);
    DECREF(msg);
}

static void print_one(Obj *file, Obj *exc) {
    ExcObj *e = (ExcObj *)exc;
    if (e->traceback != NULL) {
        Obj *text = traceback_format(e->traceback);
        if (text != NULL) {
            emit(file, "Traceback (most recent call last):\n");
            emit_str(file, text);
            DECREF(text);
        } else {
            err_clear();
        }
    }
    if (type_is_subtype(TYPE(exc), &Exc_SyntaxError))
        emit_syntax_location(file, (SyntaxErrorObj *)exc);
    emit_message(file, exc);
    emit_notes(file, e);
}

enum { MAX_CHAIN = 64 };

/* Prints the chain oldest first; `seen` stops cycles. */
static void print_chain(Obj *file, Obj *exc, Obj **seen, size_t *nseen) {
    if (*nseen == MAX_CHAIN) return;
    seen[(*nseen)++] = exc;
    ExcObj *e = (ExcObj *)exc;
    Obj *link = e->cause ? e->cause : e->suppress_context ? NULL : e->context;
    bool fresh = link != NULL && is_exception(link);
    for (size_t i = 0; fresh && i < *nseen; i++)
        if (seen[i] == link) fresh = false;
    if (fresh) {
        print_chain(file, link, seen, nseen);
        emit(file, e->cause ? "\nThe above exception was the direct cause of the following exception:\n\n"
                            : "\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    print_one(file, exc);
}

void print_exception(Obj *exc) {
    Obj *saved = err_fetch();
    Obj *file = sys_get_object("stderr");
    if (!is_exception(exc)) {
        emit(file, "TypeError: print_exception(): Exception expected for value, %s found\n",
             type_name(exc));
    } else {
        Obj *seen[MAX_CHAIN];
        size_t nseen = 0;
        print_chain(file, exc, seen, &nseen);
    }
    Obj *flushed = file ? obj_call_method(file, IDENT(flush), NULL, 0) : NULL;
    XDECREF(flushed);
    err_clear();
    if (saved != NULL) err_set_obj(saved);
}

void err_write_unraisable(Obj *where) {
    err_write_unraisable_msg("Exception ignored in", where);
}

void err_write_unraisable_msg(const char *prefix, Obj *where) {
    Obj *exc = err_fetch();
    Obj *repr = where ? obj_repr(where) : NULL;
    err_clear();
    Obj *file = sys_get_object("stderr");
    if (repr != NULL) emit(file, "%s: %U\n", prefix, repr);
    else emit(file, "%s: <object repr() failed>\n", prefix);
    XDECREF(repr);
    if (exc != NULL) {      /* like CPython's unraisable hook: no chained exceptions */
        if (is_exception(exc)) print_one(file, exc);
        DECREF(exc);
    }
    Obj *flushed = file ? obj_call_method(file, IDENT(flush), NULL, 0) : NULL;
    XDECREF(flushed);
    err_clear();
}

/* SystemExit(code): None -> 0, int -> that, anything else printed -> 1. */
static int exit_status_of(Obj *exc) {
    Obj *code = ((SystemExitObj *)exc)->code;
    if (code == NULL || code == NONE) return 0;
    if (is_int(code)) {
        int overflow = 0;
        int64_t v = int_as_i64(code, &overflow);
        return overflow ? -1 : (int)v;
    }
    Obj *file = sys_get_object("stderr");
    Obj *s = obj_str(code);
    if (s != NULL) {
        emit(file, "%U\n", s);
        DECREF(s);
    }
    err_clear();
    return 1;
}

int handle_uncaught(void) {
    Obj *exc = err_fetch();
    if (exc == NULL) return 0;
    int status;
    if (type_is_subtype(TYPE(exc), &Exc_SystemExit)) {
        status = exit_status_of(exc);
    } else {
        print_exception(exc);
        /* like CPython, Ctrl-C ends with the status a SIGINT death gives */
        status = type_is_subtype(TYPE(exc), &Exc_KeyboardInterrupt) ? 130 : 1;
    }
    DECREF(exc);
    return status;
}
