/* repl.c: the interactive prompt.
 *
 * Reads one statement at a time (">>> " then "... " for its continuation
 * lines, from sys.ps1 and sys.ps2), compiles it in "single" mode so that
 * expression statements go through sys.displayhook, and runs it in
 * __main__.  When a statement is complete follows CPython's interactive
 * parser: a simple statement runs as soon as its line parses; a compound
 * statement (if, def, class, ...) waits for an empty line; an unclosed
 * bracket, triple-quoted string or trailing backslash asks for more lines.
 * Lines come from repl_input.c (libedit on a terminal).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "repl.h"
#include "repl_internal.h"
#include "api.h"
#include "compile.h"
#include "dict.h"
#include "err.h"
#include "exceptions.h"
#include "io.h"
#include "module.h"
#include "str.h"
#include "tuple.h"

/* ---- deciding whether a statement is complete -------------------------- */

/* What the text typed so far amounts to. */
enum Verdict {
    V_RUN,          /* a complete statement: compile and run it */
    V_MORE,         /* ask for another line */
    V_ERROR,        /* a syntax error: compile to report it */
    V_SECOND_STMT,  /* a statement after a compound one: "invalid syntax" */
    V_NOTHING,      /* only blanks and comments */
};

static bool is_compound(StmtKind k) {
    switch (k) {
    case S_FUNCTIONDEF: case S_ASYNCFUNCTIONDEF: case S_CLASSDEF: case S_FOR: case S_ASYNCFOR:
    case S_WHILE: case S_IF: case S_WITH: case S_ASYNCWITH: case S_MATCH: case S_TRY:
    case S_TRYSTAR:
        return true;
    default:
        return false;
    }
}

/* Input that only a later line can finish even after an empty line: an
 * open bracket, a trailing backslash, a triple-quoted string. */
static bool open_across_blank_lines(const ParseError *pe) {
    size_t n = strlen(pe->msg);
    static const char closed[] = "was never closed";
    return strncmp(pe->msg, "unterminated triple-quoted string", 33) == 0 ||
           strcmp(pe->msg, "unexpected EOF while parsing") == 0 ||
           (n >= sizeof closed - 1 && strcmp(pe->msg + n - (sizeof closed - 1), closed) == 0);
}

/* Whether the syntax error of src is at its very end, where the parser
 * waited for more tokens: then a statement appended some lines further
 * down moves the error there (or mends the input).  An error inside the
 * text stays where it is. */
static bool error_at_end(const char *src, size_t len, int nlines) {
    static const char probe[] = "\n\n\npass\n";
    char *longer = malloc(len + sizeof probe);
    Arena *arena = longer ? arena_new() : NULL;
    if (arena == NULL) { free(longer); return false; }
    memcpy(longer, src, len);
    memcpy(longer + len, probe, sizeof probe);
    ParseError pe;
    memset(&pe, 0, sizeof pe);
    Module *mod = parse_source(longer, len + sizeof probe - 1, "<stdin>", PARSE_SINGLE, arena, &pe);
    bool at_end = mod != NULL || pe.line > nlines;
    arena_free(arena);
    free(longer);
    return at_end;
}

/* `nlines` lines are in src, the last of them `blank` (only white space). */
static enum Verdict judge(const char *src, size_t len, int nlines, bool blank, Loc *second) {
    Arena *arena = arena_new();
    if (arena == NULL) return V_ERROR;
    ParseError pe;
    memset(&pe, 0, sizeof pe);
    Module *mod = parse_source(src, len, "<stdin>", PARSE_SINGLE, arena, &pe);
    enum Verdict v;
    if (mod != NULL) {
        if (mod->body.n == 0) v = nlines == 1 ? V_NOTHING : V_RUN;
        else if (mod->body.n > 1 && is_compound(mod->body.items[0]->kind)) {
            *second = mod->body.items[1]->loc;
            v = V_SECOND_STMT;
        } else if (is_compound(mod->body.items[mod->body.n - 1]->kind) && !blank) v = V_MORE;
        else v = V_RUN;
    } else if (open_across_blank_lines(&pe)) {
        v = V_MORE;
    } else if (blank && nlines > 1) {
        v = V_ERROR;
    } else {
        /* an error at the end of the input: more lines may mend it */
        v = pe.incomplete || error_at_end(src, len, nlines) ? V_MORE : V_ERROR;
    }
    arena_free(arena);
    return v;
}

/* Raises SyntaxError("invalid syntax") at the start of a statement that
 * follows a compound statement in the same input, the caret under its first
 * word as CPython's interactive parser puts it. */
static void second_statement_error(const char *src, size_t len, Loc at) {
    Compiler c = { 0 };
    c.filename = str_from_cstr("<stdin>");
    if (c.filename == NULL) return;
    c.src = src;
    c.srclen = len;
    const char *line = src;
    for (int i = 1; i < at.line && line; i++) {
        line = memchr(line, '\n', len - (size_t)(line - src));
        if (line) line++;
    }
    int width = 1;
    if (line) {
        const unsigned char *p = (const unsigned char *)line + at.col;
        int w = 0;
        while (p[w] == '_' || (p[w] >= '0' && p[w] <= '9') || ((p[w] | 0x20) >= 'a' && (p[w] | 0x20) <= 'z') ||
               p[w] >= 0x80)
            w++;
        if (w > 0) width = w;
    }
    compiler_syntax_error_at(&c, &Exc_SyntaxError, "invalid syntax", at.line, at.col + 1, at.line,
                             at.col + 1 + width);
    DECREF(c.filename);
}

/* ---- running ------------------------------------------------------------ */

static void set_sys(const char *name, Obj *value) {
    Obj *sys = dict_get_cstr(sys_modules(), "sys");
    if (sys != NULL && is_module(sys) && dict_set_cstr(module_dict(sys), name, value) < 0)
        err_clear();
}

/* Prints the current exception through sys.excepthook (remembering it in
 * sys.last_type/last_value/last_traceback); returns -1 to go on, or the
 * exit status for SystemExit. */
static int report_exception(void) {
    if (err_matches(&Exc_SystemExit)) return handle_uncaught();
    Obj *exc = err_fetch();
    if (exc == NULL) return -1;
    Obj *tb = ((ExcObj *)exc)->traceback ? ((ExcObj *)exc)->traceback : NONE;
    set_sys("last_type", (Obj *)TYPE(exc));
    set_sys("last_value", exc);
    set_sys("last_traceback", tb);
    flush_std_streams();
    Obj *hook = sys_get_object("excepthook");
    Obj *r = NULL;
    if (hook != NULL && hook != NONE) {
        Obj *args[3] = {(Obj *)TYPE(exc), exc, tb};
        r = obj_call(hook, args, 3, NULL);
    }
    if (r == NULL) {
        if (err_occurred()) {
            Obj *hook_exc = err_fetch();
            if (type_is_subtype(TYPE(hook_exc), &Exc_SystemExit)) {
                err_set_obj(hook_exc);
                DECREF(exc);
                return handle_uncaught();
            }
            fputs("Error in sys.excepthook:\n", stderr);
            print_exception(hook_exc);
            fputs("\nOriginal exception was:\n", stderr);
            DECREF(hook_exc);
        } else {
            fputs("sys.excepthook is missing\n", stderr);
        }
        print_exception(exc);
    }
    XDECREF(r);
    DECREF(exc);
    flush_std_streams();
    return -1;
}

/* Compiles and runs one statement; -1 to go on, or an exit status. */
static int run_statement(const char *src, size_t len, Obj *globals) {
    Obj *code = compile_source(src, len, "<stdin>", PARSE_SINGLE);
    Obj *res = code ? eval_code(code, globals, NULL) : NULL;
    XDECREF(code);
    if (res != NULL) {
        DECREF(res);
        flush_std_streams();
        return err_occurred() ? report_exception() : -1;
    }
    return report_exception();
}

/* ---- the loop ----------------------------------------------------------- */

static void print_banner(void) {
    fprintf(stderr, "gilpy %s (Python %d.%d compatible) [%s] on linux\n", GILPY_VERSION,
            GILPY_PY_MAJOR, GILPY_PY_MINOR, GILPY_COMPILER);
    fputs("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
          stderr);
}

/* The text of the statement being typed. */
typedef struct Buffer { char *data; size_t len, cap; int nlines; } Buffer;

static bool buffer_add_line(Buffer *b, const char *line) {
    size_t n = strlen(line);
    if (b->len + n + 2 > b->cap) {
        size_t cap = (b->len + n + 2) * 2;
        char *p = realloc(b->data, cap);
        if (p == NULL) return false;
        b->data = p;
        b->cap = cap;
    }
    memcpy(b->data + b->len, line, n);
    b->len += n;
    b->data[b->len++] = '\n';
    b->data[b->len] = '\0';
    b->nlines++;
    return true;
}

int repl_run(Obj *main_module, bool banner) {
    Obj *globals = module_dict(main_module);
    if (sys_get_object("ps1") == NULL) { err_clear(); set_sys("ps1", str_intern_cstr(">>> ")); }
    if (sys_get_object("ps2") == NULL) { err_clear(); set_sys("ps2", str_intern_cstr("... ")); }
    Reader rd;
    reader_open(&rd);
    if (rd.tty) repl_complete_setup(globals);
    if (banner) print_banner();
    Buffer buf = { 0 };
    int status = -1;
    while (status < 0) {
        char *line = NULL;
        enum ReadStatus st = reader_line(&rd, buf.nlines > 0, &line);
        if (st == READ_INTERRUPT) {
            fputs("\nKeyboardInterrupt\n", stderr);
            buf.len = 0;
            buf.nlines = 0;
            continue;
        }
        if (st == READ_EOF) {
            fputs("\n", rd.tty ? stdout : stderr);
            if (buf.nlines == 0) { status = 0; break; }
            /* end of input finishes the statement being typed */
            status = run_statement(buf.data, buf.len, globals);
            buf.len = 0;
            buf.nlines = 0;
            continue;
        }
        bool blank = line[strspn(line, " \t\f\r")] == '\0';
        bool ok = buffer_add_line(&buf, line);
        free(line);
        if (!ok) { err_no_memory(); status = report_exception(); continue; }
        Loc second = { 0 };
        enum Verdict v = judge(buf.data, buf.len, buf.nlines, blank, &second);
        if (v == V_MORE) continue;
        if (v == V_RUN || v == V_ERROR) status = run_statement(buf.data, buf.len, globals);
        else if (v == V_SECOND_STMT) {
            second_statement_error(buf.data, buf.len, second);
            status = report_exception();
        }
        buf.len = 0;
        buf.nlines = 0;
    }
    free(buf.data);
    reader_close(&rd);
    return status;
}
