/* traceback_carets.c: the line of carets under a traceback's source line
 * (PEP 657), drawn the way CPython 3.11 draws it.
 *
 * The failing instruction's columns select a segment of the line.  Carets
 * are left out when the segment is the whole (stripped) line.  If the
 * segment parses on its own as a binary operation or a subscript, the
 * operator or the [index] is marked with '^' and the rest with '~'
 * ("~~~^^^^^"); otherwise every character gets '^'.  An instruction that
 * continues on later lines is marked to the end of this line.
 */
#include <stdlib.h>
#include <string.h>
#include "traceback.h"
#include "ast.h"

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r'; }

/* Characters (code points) in the first `bytes` bytes of s. */
static size_t char_count(const char *s, size_t bytes) {
    size_t n = 0;
    for (size_t i = 0; i < bytes; i++)
        if (((unsigned char)s[i] & 0xc0) != 0x80) n++;
    return n;
}

/* Byte offsets of the secondary range inside segment `seg` (a BinOp's
 * operator, a Subscript's brackets); false when it is neither. */
static bool find_anchors(const char *seg, size_t len, size_t *left, size_t *right) {
    Arena *arena = arena_new();
    if (arena == NULL) return false;
    ParseError perr;
    Module *m = parse_source(seg, len, "<traceback>", PARSE_FILE, arena, &perr);
    bool found = false;
    if (m != NULL && m->body.n == 1 && m->body.items[0]->kind == S_EXPR) {
        const Expr *e = m->body.items[0]->u.expr.value;
        if (e->kind == E_BINOP) {
            size_t from = (size_t)e->u.binop.left->loc.end_col;
            size_t to = (size_t)e->u.binop.right->loc.col;
            for (size_t i = from; i < to && i < len; i++) {
                if (is_space(seg[i])) continue;
                *left = i;
                *right = i + 1;
                if (i + 1 < to && !is_space(seg[i + 1])) ++*right;   /* "//", "**", "<<" */
                if (i + 1 < to && seg[i] == ')') continue;             /* a closing paren */
                found = true;
                break;
            }
        } else if (e->kind == E_SUBSCRIPT) {
            size_t l = (size_t)e->u.subscript.value->loc.end_col;
            size_t r = (size_t)e->u.subscript.slice->loc.end_col + 1;
            while (l < len && seg[l] != '[') l++;
            while (r < len && seg[r] != ']') r++;
            if (r < len) r++;
            *left = l;
            *right = r;
            found = true;
        }
    }
    arena_free(arena);
    return found;
}

int traceback_append_carets(StrBuf *b, const char *line, size_t len, uint32_t cols) {
    if (cols == 0) return 0;
    size_t col = cols >> 16, end_col = cols & 0xffff;
    while (len > 0 && is_space(line[len - 1])) len--;
    size_t indent = 0;
    while (indent < len && is_space(line[indent])) indent++;
    if (col > len) return 0;
    if (end_col == 0xffff) end_col = len;       /* continues on later lines */
    if (end_col > len) end_col = len;
    if (end_col <= col) return 0;
    size_t left = 0, right = 0;
    bool anchors = cols != 0 && (cols & 0xffff) != 0xffff &&
                   find_anchors(line + col, end_col - col, &left, &right);
    size_t start = char_count(line, col), end = char_count(line, end_col);
    size_t stripped = char_count(line, len) - char_count(line, indent);
    if (end - start == stripped && !anchors) return 0;
    if (anchors) {          /* byte offsets in the segment -> characters in the line */
        left = start + char_count(line + col, left);
        right = start + char_count(line + col, right);
    }
    if (strbuf_append_cstr(b, "    ") < 0) return -1;
    size_t first = char_count(line, indent);
    for (size_t i = first; i < start; i++)
        if (strbuf_append_cstr(b, " ") < 0) return -1;
    for (size_t i = start; i < end; i++) {
        const char *mark = !anchors ? "^" : (i >= left && i < right) ? "^" : "~";
        if (strbuf_append_cstr(b, mark) < 0) return -1;
    }
    return strbuf_append_cstr(b, "\n");
}
