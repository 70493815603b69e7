/* repl_complete.c: the Tab key at the prompt, as CPython's rlcompleter: with
 * nothing typed before it, Tab inserts a tab (to indent a block); otherwise
 * it completes keywords and the names of __main__ and the builtins ("pri"
 * -> "print(", callables get their "("), and attributes after a dotted name
 * ("sys.pa" -> "sys.path").  Names starting with "_" are offered only when
 * the prefix asks for them. */
#include <stdlib.h>
#include <string.h>
#include <editline/readline.h>
#include "repl_internal.h"
#include "api.h"
#include "dict.h"
#include "err.h"
#include "list.h"
#include "str.h"

static Obj *completion_globals;     /* borrowed: __main__'s dict while the prompt runs */

/* The matches of the current completion, handed out one by one. */
static char **matches;
static size_t nmatches, matches_cap, next_match;

static void matches_clear(void) {
    for (size_t i = next_match; i < nmatches; i++) free(matches[i]);
    nmatches = next_match = 0;
}

static void add_match(const char *head, size_t head_len, const char *name, const char *suffix) {
    if (nmatches == matches_cap) {
        size_t cap = matches_cap ? matches_cap * 2 : 64;
        char **p = realloc(matches, cap * sizeof *p);
        if (p == NULL) return;
        matches = p;
        matches_cap = cap;
    }
    char *m = malloc(head_len + strlen(name) + strlen(suffix) + 1);
    if (m == NULL) return;
    memcpy(m, head, head_len);
    strcpy(m + head_len, name);
    strcat(m, suffix);
    for (size_t i = 0; i < nmatches; i++)
        if (strcmp(matches[i], m) == 0) { free(m); return; }
    matches[nmatches++] = m;
}

/* rlcompleter's rule: "_" names only for a "_" prefix, "__" names only for "__". */
static bool offered(const char *name, const char *prefix, size_t n) {
    if (strncmp(name, prefix, n) != 0) return false;
    if (name[0] == '_' && n == 0) return false;
    if (name[0] == '_' && name[1] == '_' && (n < 2 || prefix[1] != '_')) return false;
    return true;
}

static const char *callable_suffix(Obj *value) {
    return value != NULL && TYPE(value)->call != NULL ? "(" : "";
}

static void keyword_matches(const char *prefix, size_t n) {
    static const char *const keywords[] = {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
        "try", "while", "with", "yield", NULL,
    };
    static const char *const bare[] = {"False", "None", "True", "break", "continue", "pass", "else", NULL};
    for (int i = 0; keywords[i]; i++) {
        if (strncmp(keywords[i], prefix, n) != 0) continue;
        const char *suffix = " ";
        if (strcmp(keywords[i], "try") == 0 || strcmp(keywords[i], "finally") == 0) suffix = ":";
        for (int j = 0; bare[j]; j++)
            if (strcmp(keywords[i], bare[j]) == 0) suffix = "";
        add_match("", 0, keywords[i], suffix);
    }
}

static void dict_matches(Obj *d, const char *prefix, size_t n) {
    size_t pos = 0;
    Obj *key, *value;
    while (d != NULL && dict_next(d, &pos, &key, &value))
        if (is_str(key) && offered(str_data(key), prefix, n))
            add_match("", 0, str_data(key), callable_suffix(value));
}

/* The object a dotted name names in __main__ (new reference), or NULL. */
static Obj *lookup_dotted(const char *expr, size_t len) {
    char *copy = strndup(expr, len);
    if (copy == NULL) return NULL;
    char *save, *part = strtok_r(copy, ".", &save);
    Obj *o = NULL;
    if (part != NULL) {
        o = completion_globals ? dict_get_cstr(completion_globals, part) : NULL;
        if (o == NULL) o = dict_get_cstr(builtins_dict(), part);
        if (o != NULL) INCREF(o);
    }
    while (o != NULL && (part = strtok_r(NULL, ".", &save)) != NULL) {
        Obj *next = obj_getattr_cstr(o, part);
        DECREF(o);
        o = next;
    }
    free(copy);
    err_clear();
    return o;
}

/* "expr.prefix": the attributes of expr's object that start with prefix. */
static void attribute_matches(const char *text, const char *dot) {
    Obj *o = lookup_dotted(text, (size_t)(dot - text));
    Obj *dir = o ? dict_get_cstr(builtins_dict(), "dir") : NULL;
    Obj *names = dir ? obj_call1(dir, o) : NULL;
    const char *prefix = dot + 1;
    size_t n = strlen(prefix);
    for (size_t i = 0; names != NULL && is_list(names) && i < list_size(names); i++) {
        Obj *name = list_get(names, i);
        if (!is_str(name) || !offered(str_data(name), prefix, n)) continue;
        Obj *value = obj_getattr(o, name);
        add_match(text, (size_t)(dot - text) + 1, str_data(name), callable_suffix(value));
        XDECREF(value);
        err_clear();
    }
    XDECREF(names);
    XDECREF(o);
    err_clear();
}

static char *next_completion(const char *text, int state) {
    (void)text;
    if (state == 0) next_match = 0;
    return next_match < nmatches ? matches[next_match++] : NULL;
}

static char **complete(const char *text, int start, int end) {
    (void)start;
    (void)end;
    rl_attempted_completion_over = 1;     /* never fall back to file names */
    if (text[strspn(text, " \t")] == '\0') {
        rl_insert_text("\t");
        return NULL;
    }
    matches_clear();
    Obj *saved = err_fetch();
    const char *dot = strrchr(text, '.');
    if (dot != NULL) {
        attribute_matches(text, dot);
    } else {
        size_t n = strlen(text);
        keyword_matches(text, n);
        dict_matches(completion_globals, text, n);
        dict_matches(builtins_dict(), text, n);
    }
    if (saved != NULL) err_set_obj(saved);
    return nmatches ? rl_completion_matches(text, next_completion) : NULL;
}

void repl_complete_setup(Obj *globals) {
    completion_globals = globals;
    rl_attempted_completion_function = complete;
    rl_completion_append_character = '\0';
    rl_basic_word_break_characters = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
    rl_completer_word_break_characters = (char *)rl_basic_word_break_characters;
}
