/* json_memo.c: the key memo of one _json scan: an open-addressing table of
 * the object keys met so far, looked up by their UTF-8 bytes so that a key
 * seen before costs no new str. */
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>
#include "json_internal.h"
#include "err.h"
#include "str_internal.h"

/* The memo hashes key bytes with XXH3, as str_hash does today; when a
 * probe at start-up confirms that, new keys get their str hash from the
 * memo's and dict insertion does not hash them again. */
static int hash_shared = -1;   /* -1: not probed yet */

static bool probe_hash_shared(void) {
    static const char *const samples[] = {"", "id", "a longer key, with more bytes in it"};
    for (size_t i = 0; i < sizeof samples / sizeof *samples; i++) {
        size_t n = strlen(samples[i]);
        Obj *s = str_from_known(samples[i], n, n, true);
        if (s == NULL) {
            err_clear();
            return false;
        }
        intptr_t h = (intptr_t)XXH3_64bits(samples[i], n);
        bool same = str_hash(s) == (h == -1 ? -2 : h);
        DECREF(s);
        if (!same) return false;
    }
    return true;
}

void json_memo_init(JsonMemo *m) {
    m->cap = JSON_MEMO_INLINE;
    m->used = 0;
    m->slots = m->inline_slots;
    memset(m->inline_slots, 0, sizeof m->inline_slots);
}

void json_memo_free(JsonMemo *m) {
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].str != NULL) DECREF(m->slots[i].str);
    if (m->slots != m->inline_slots) free(m->slots);
    json_memo_init(m);
}

static int memo_grow(JsonMemo *m) {
    size_t cap = m->cap * 2;
    JsonMemoSlot *slots = calloc(cap, sizeof *slots);
    if (slots == NULL) {
        err_no_memory();
        return -1;
    }
    for (size_t i = 0; i < m->cap; i++) {
        JsonMemoSlot *s = &m->slots[i];
        if (s->str == NULL) continue;
        size_t j = (size_t)s->hash & (cap - 1);
        while (slots[j].str != NULL) j = (j + 1) & (cap - 1);
        slots[j] = *s;
    }
    if (m->slots != m->inline_slots) free(m->slots);
    m->slots = slots;
    m->cap = cap;
    return 0;
}

/* The slot holding bytes p[0..n) or the free slot where they belong. */
static JsonMemoSlot *memo_find(JsonMemo *m, const char *p, size_t n, uint64_t h) {
    size_t mask = m->cap - 1, i = (size_t)h & mask;
    for (;;) {
        JsonMemoSlot *s = &m->slots[i];
        if (s->str == NULL) return s;
        if (s->hash == h && str_size(s->str) == n && memcmp(str_data(s->str), p, n) == 0) return s;
        i = (i + 1) & mask;
    }
}

static Obj *memo_insert(JsonMemo *m, JsonMemoSlot *slot, uint64_t h, Obj *s) {
    slot->hash = h;
    slot->str = s;
    m->used++;
    if (m->used * 3 >= m->cap * 2 && memo_grow(m) < 0) return NULL;
    return NEWREF(s);
}

Obj *json_memo_get(JsonMemo *m, const char *p, size_t n, size_t length, bool ascii) {
    uint64_t h = XXH3_64bits(p, n);
    JsonMemoSlot *slot = memo_find(m, p, n, h);
    if (slot->str != NULL) return NEWREF(slot->str);
    Obj *s = str_from_known(p, n, length, ascii);
    if (s == NULL) return NULL;
    if (hash_shared < 0) hash_shared = probe_hash_shared();
    if (hash_shared && ((StrObj *)s)->hash == -1)
        ((StrObj *)s)->hash = (intptr_t)h == -1 ? -2 : (intptr_t)h;
    return memo_insert(m, slot, h, s);
}

Obj *json_memo_str(JsonMemo *m, Obj *s) {
    uint64_t h = XXH3_64bits(str_data(s), str_size(s));
    JsonMemoSlot *slot = memo_find(m, str_data(s), str_size(s), h);
    if (slot->str != NULL) {
        DECREF(s);
        return NEWREF(slot->str);
    }
    return memo_insert(m, slot, h, s);
}
