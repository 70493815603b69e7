/* compile_future.c: `from __future__ import ...` statements.  Before the
 * symbol table pass the module's leading statements are scanned as CPython
 * does: future imports may follow only a docstring and other future
 * imports; each feature must exist ("not a chance" for braces).  Of the
 * features only `annotations` changes code generation (annotations become
 * strings); the others are long since mandatory.  Later future imports are
 * rejected when compile_importfrom reaches them. */
#include <stdio.h>
#include <string.h>
#include "compile.h"
#include "err.h"

/* Each feature with the flag CPython 3.11 then sets in co_flags of every
 * code object of the module: only the two features still optional have one. */
static const struct { const char *name; uint32_t flag; } known_features[] = {
    { "nested_scopes", 0 }, { "generators", 0 }, { "division", 0 },
    { "absolute_import", 0 }, { "with_statement", 0 }, { "print_function", 0 },
    { "unicode_literals", 0 }, { "barry_as_FLUFL", 0x400000 }, { "generator_stop", 0 },
    { "annotations", 0x1000000 },
};

bool is_future_import(const Stmt *s)
{
    return s->kind == S_IMPORTFROM && s->u.importfrom.level == 0 && s->u.importfrom.module
        && strcmp(s->u.importfrom.module, "__future__") == 0;
}

static int check_features(Compiler *c, Stmt *s)
{
    AliasList *names = &s->u.importfrom.names;
    for (size_t i = 0; i < names->n; i++) {
        const char *f = names->items[i]->name;
        bool known = false;
        for (size_t k = 0; k < sizeof known_features / sizeof known_features[0]; k++) {
            if (strcmp(f, known_features[k].name) == 0) {
                known = true;
                c->future_flags |= known_features[k].flag;
            }
        }
        char msg[160];
        if (strcmp(f, "braces") == 0)
            snprintf(msg, sizeof msg, "not a chance");
        else if (!known)
            snprintf(msg, sizeof msg, "future feature %.100s is not defined", f);
        else {
            if (strcmp(f, "annotations") == 0)
                c->future_annotations = true;
            continue;
        }
        return compiler_syntax_error_at(c, &Exc_SyntaxError, msg, s->loc.line, s->loc.col + 1,
                                        s->loc.line, -1);
    }
    return 0;
}

int future_parse(Compiler *c, Module *mod)
{
    bool done = false, found_docstring = false;
    int prev_line = 0;
    c->future_lineno = -1;
    for (size_t i = 0; i < mod->body.n; i++) {
        Stmt *s = mod->body.items[i];
        if (done && s->loc.line > prev_line)
            return 0;
        prev_line = s->loc.line;
        if (is_future_import(s)) {
            if (done)
                return compiler_syntax_error_at(c, &Exc_SyntaxError,
                    "from __future__ imports must occur at the beginning of the file",
                    s->loc.line, s->loc.col, s->loc.line, -1);
            TRY(check_features(c, s));
            c->future_lineno = s->loc.line;
        } else if (s->kind == S_EXPR && !found_docstring) {
            Expr *e = s->u.expr.value;
            if (e->kind != E_CONSTANT || e->u.constant.kind != K_STR)
                done = true;
            found_docstring = true;
        } else {
            done = true;
        }
    }
    return 0;
}
