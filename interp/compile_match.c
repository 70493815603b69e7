/* compile_match.c: code generation for match statements (PEP 634), with
 * CPython 3.11's evaluation order and compile-time errors.
 *
 * Each case works on a copy of the subject ([... subject copy]).  A pattern
 * consumes its subject; the values it captures pile up on the stack under
 * whatever the pattern still works on (each new capture goes below the
 * earlier ones), and are stored only once the whole pattern matched, in the
 * order the names appear, before the guard runs.  As in CPython, errors
 * found after a sub-pattern point at the last sub-pattern compiled.  A failing test jumps to
 * fail_pop[n], where n is the number of values above the subject to pop
 * (captures + work items): the fail_pop labels form a ladder of POP_TOPs
 * that ends at the next case.
 *
 *   case P if G: B      COPY 1; <P>; STORE captures; <G> jump fail_pop[0] if false
 *                       POP_TOP (subject); <B>; JUMP_FORWARD end
 *                       fail_pop[k]: POP_TOP ... fail_pop[0]:
 *   (after the last case) POP_TOP  end:
 */
#include "compile.h"
#include "err.h"
#include "str.h"
#include "tuple.h"
#include "int.h"

#include <stdlib.h>
#include <string.h>

typedef struct PatCtx {
    const char **stores;        /* captured names, in binding order */
    size_t nstores, cap;
    bool allow_irrefutable;     /* may this pattern match anything? */
    int *fail_pop;              /* labels: fail_pop[n] pops n values */
    size_t nfail;
    int on_top;                 /* work items above the captures */
} PatCtx;

static int compile_pattern(Compiler *c, Pattern *p, PatCtx *pc);

#define WILDCARD(p) ((p)->kind == P_AS && !(p)->u.as.pattern && !(p)->u.as.name)
#define WILDCARD_STAR(p) ((p)->kind == P_STAR && !(p)->u.star.name)

static int no_memory(Compiler *c)
{
    err_no_memory();
    c->failed = true;
    return -1;
}

static int ensure_fail_pop(Compiler *c, PatCtx *pc, size_t n)
{
    if (n < pc->nfail)
        return 0;
    int *labels = realloc(pc->fail_pop, (n + 1) * sizeof *labels);
    if (!labels)
        return no_memory(c);
    pc->fail_pop = labels;
    while (pc->nfail <= n)
        labels[pc->nfail++] = new_label(c);
    return 0;
}

/* Emits jump `op` to the label that pops everything this pattern pushed. */
static int jump_to_fail_pop(Compiler *c, PatCtx *pc, int op)
{
    size_t pops = (size_t)pc->on_top + pc->nstores;
    TRY(ensure_fail_pop(c, pc, pops));
    emit_jump(c, op, pc->fail_pop[pops]);
    return 0;
}

/* The ladder of POP_TOPs the failing tests jump into. */
static void emit_and_reset_fail_pop(Compiler *c, PatCtx *pc)
{
    if (pc->nfail == 0)
        return;
    for (size_t i = pc->nfail - 1; i > 0; i--) {
        place_label(c, pc->fail_pop[i]);
        emit(c, OP_POP_TOP, 0);
    }
    place_label(c, pc->fail_pop[0]);
    free(pc->fail_pop);
    pc->fail_pop = NULL;
    pc->nfail = 0;
}

/* Moves the top of the stack down n-1 places. */
static void rotate(Compiler *c, size_t n)
{
    if (n == 2)
        emit(c, OP_ROT_TWO, 0);
    else if (n > 2)
        emit(c, OP_ROT_N, (int)n);
}

static ssize_t store_index(const PatCtx *pc, const char *name)
{
    for (size_t i = 0; i < pc->nstores; i++)
        if (strcmp(pc->stores[i], name) == 0)
            return (ssize_t)i;
    return -1;
}

static int add_store(Compiler *c, PatCtx *pc, const char *name)
{
    if (store_index(pc, name) >= 0)
        return compiler_error(c, c->u->loc, "multiple assignments to name '%s' in pattern", name);
    if (pc->nstores == pc->cap) {
        size_t cap = pc->cap ? pc->cap * 2 : 8;
        const char **s = realloc(pc->stores, cap * sizeof *s);
        if (!s)
            return no_memory(c);
        pc->stores = s;
        pc->cap = cap;
    }
    pc->stores[pc->nstores++] = name;
    return 0;
}

/* Captures the value on top (name NULL: drops it). */
static int store_name(Compiler *c, PatCtx *pc, const char *name)
{
    if (!name) {
        emit(c, OP_POP_TOP, 0);
        return 0;
    }
    if (strcmp(name, "__debug__") == 0)
        return compiler_error(c, c->u->loc, "cannot assign to __debug__");
    size_t rot = (size_t)pc->on_top + pc->nstores + 1;
    TRY(add_store(c, pc, name));
    rotate(c, rot);
    return 0;
}

/* A sub-pattern may match anything (`case [x]:` is fine before `case 1:`). */
static int compile_subpattern(Compiler *c, Pattern *p, PatCtx *pc)
{
    bool saved = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    int r = compile_pattern(c, p, pc);
    pc->allow_irrefutable = saved;
    return r;
}

static int compile_as(Compiler *c, Pattern *p, PatCtx *pc)
{
    if (!p->u.as.pattern) {
        if (!pc->allow_irrefutable) {
            if (p->u.as.name)
                return compiler_error(c, p->loc, "name capture '%s' makes remaining patterns "
                                      "unreachable", p->u.as.name);
            return compiler_error(c, p->loc, "wildcard makes remaining patterns unreachable");
        }
        return store_name(c, pc, p->u.as.name);
    }
    pc->on_top++;
    emit(c, OP_DUP_TOP, 0);
    /* not a sub-pattern: `case (_ as x) | [x]:` is still unreachable code */
    TRY(compile_pattern(c, p->u.as.pattern, pc));
    pc->on_top--;
    return store_name(c, pc, p->u.as.name);
}

static int compile_value(Compiler *c, Pattern *p, PatCtx *pc)
{
    Expr *v = p->u.value.value;
    if (v->kind != E_CONSTANT && v->kind != E_ATTRIBUTE && v->kind != E_UNARYOP &&
        v->kind != E_BINOP)
        return compiler_error(c, p->loc, "patterns may only match literals and attribute lookups");
    TRY(compile_expr(c, v));
    c->u->loc = p->loc;
    emit(c, OP_COMPARE_OP, CMP_EQ);
    return jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

static int compile_singleton(Compiler *c, Pattern *p, PatCtx *pc)
{
    ConstKind k = p->u.singleton.value;
    Obj *o = k == K_NONE ? NONE : k == K_TRUE ? TRUE_ : FALSE_;
    INCREF(o);
    emit_const(c, o);
    emit(c, OP_IS_OP, 0);
    return jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

/* [a, *_, b] with a wildcard star: subject[i] before the star, and
 * subject[len(subject) - (size - i)] after it, no unpacking. */
static int sequence_subscr(Compiler *c, PatternList *pats, size_t star, PatCtx *pc)
{
    size_t size = pats->n;
    pc->on_top++;
    for (size_t i = 0; i < size; i++) {
        Pattern *p = pats->items[i];
        if (WILDCARD(p) || i == star)
            continue;
        emit(c, OP_DUP_TOP, 0);
        if (i < star) {
            emit_const(c, int_from_i64((int64_t)i));
        } else {
            emit(c, OP_GET_LEN, 0);
            emit_const(c, int_from_i64((int64_t)(size - i)));
            emit(c, OP_BINARY_OP, BINOP_SUB);
        }
        emit(c, OP_BINARY_SUBSCR, 0);
        TRY(compile_subpattern(c, p, pc));
    }
    pc->on_top--;
    emit(c, OP_POP_TOP, 0);
    return 0;
}

static int sequence_unpack(Compiler *c, PatternList *pats, ssize_t star, PatCtx *pc)
{
    size_t size = pats->n;
    if (star < 0) {
        emit(c, OP_UNPACK_SEQUENCE, (int)size);
    } else {
        size_t before = (size_t)star, after = size - before - 1;
        if (before > 0xff || after > 0xffff)
            return compiler_error(c, c->u->loc, "too many expressions in star-unpacking "
                                  "sequence pattern");
        emit(c, OP_UNPACK_EX, (int)(before | after << 8));
    }
    pc->on_top += (int)size;
    for (size_t i = 0; i < size; i++) {
        pc->on_top--;
        TRY(compile_subpattern(c, pats->items[i], pc));
    }
    return 0;
}

static int compile_sequence(Compiler *c, Pattern *p, PatCtx *pc)
{
    PatternList *pats = &p->u.seq.patterns;
    size_t size = pats->n;
    ssize_t star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (size_t i = 0; i < size; i++) {
        Pattern *q = pats->items[i];
        if (q->kind == P_STAR) {
            if (star >= 0)
                return compiler_error(c, p->loc, "multiple starred names in sequence pattern");
            star = (ssize_t)i;
            star_wildcard = WILDCARD_STAR(q);
        }
        only_wildcard &= WILDCARD(q) || WILDCARD_STAR(q);
    }
    pc->on_top++;
    emit(c, OP_MATCH_SEQUENCE, 0);
    TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    if (star < 0) {
        emit(c, OP_GET_LEN, 0);
        emit_const(c, int_from_i64((int64_t)size));
        emit(c, OP_COMPARE_OP, CMP_EQ);
        TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    } else if (size > 1) {
        emit(c, OP_GET_LEN, 0);
        emit_const(c, int_from_i64((int64_t)size - 1));
        emit(c, OP_COMPARE_OP, CMP_GE);
        TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    }
    pc->on_top--;
    if (only_wildcard) {
        emit(c, OP_POP_TOP, 0);
        return 0;
    }
    if (star_wildcard)
        return sequence_subscr(c, pats, (size_t)star, pc);
    return sequence_unpack(c, pats, star, pc);
}

/* Constant keys must differ (1, 1.0 and True are the same key). */
static int check_mapping_keys(Compiler *c, Pattern *p)
{
    ExprList *keys = &p->u.mapping.keys;
    Obj *seen[keys->n ? keys->n : 1];
    size_t nseen = 0;
    int r = 0;
    for (size_t i = 0; i < keys->n && r == 0; i++) {
        Expr *k = keys->items[i];
        if (k->kind == E_ATTRIBUTE)
            continue;
        Obj *v = k->kind == E_JOINEDSTR ? NULL : fold_constant(c, k);
        if (!v) {
            if (c->failed)
                r = -1;
            else
                r = compiler_error(c, p->loc, "mapping pattern keys may only match literals "
                                   "and attribute lookups");
            break;
        }
        for (size_t j = 0; j < nseen && r == 0; j++) {
            int eq = obj_eq(seen[j], v);
            if (eq < 0) {
                c->failed = true;
                r = -1;
            } else if (eq) {
                Obj *rep = obj_repr(v);
                if (!rep) {
                    c->failed = true;
                    r = -1;
                } else {
                    r = compiler_error(c, p->loc, "mapping pattern checks duplicate key (%s)",
                                       str_data(rep));
                    DECREF(rep);
                }
            }
        }
        seen[nseen++] = v;
    }
    for (size_t j = 0; j < nseen; j++)
        DECREF(seen[j]);
    return r;
}

static int compile_mapping(Compiler *c, Pattern *p, PatCtx *pc)
{
    ExprList *keys = &p->u.mapping.keys;
    PatternList *pats = &p->u.mapping.patterns;
    const char *rest = p->u.mapping.rest;
    size_t size = keys->n;
    pc->on_top++;
    emit(c, OP_MATCH_MAPPING, 0);
    TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    if (!size && !rest) {       /* {} matches any mapping */
        pc->on_top--;
        emit(c, OP_POP_TOP, 0);
        return 0;
    }
    if (size) {
        emit(c, OP_GET_LEN, 0);
        emit_const(c, int_from_i64((int64_t)size));
        emit(c, OP_COMPARE_OP, CMP_GE);
        TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    }
    TRY(check_mapping_keys(c, p));
    for (size_t i = 0; i < size; i++)
        TRY(compile_expr(c, keys->items[i]));
    c->u->loc = p->loc;
    emit(c, OP_BUILD_TUPLE, (int)size);
    emit(c, OP_MATCH_KEYS, 0);          /* [subject keys values] */
    pc->on_top += 2;
    emit(c, OP_DUP_TOP, 0);
    TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_NONE));
    emit(c, OP_UNPACK_SEQUENCE, (int)size);
    pc->on_top += (int)size - 1;
    for (size_t i = 0; i < size; i++) {
        pc->on_top--;
        TRY(compile_subpattern(c, pats->items[i], pc));
    }
    pc->on_top -= 2;
    if (!rest) {
        emit(c, OP_POP_TOP, 0);
        emit(c, OP_POP_TOP, 0);
        return 0;
    }
    /* rest = dict(subject) without the keys */
    emit(c, OP_BUILD_MAP, 0);           /* [subject keys {}] */
    emit(c, OP_SWAP, 3);                /* [{} keys subject] */
    emit(c, OP_DICT_UPDATE, 2);         /* [rest keys] */
    emit(c, OP_UNPACK_SEQUENCE, (int)size);
    for (size_t n = size; n > 0; n--) {
        emit(c, OP_COPY, (int)n + 1);   /* [rest k1..kn rest] */
        emit(c, OP_SWAP, 2);
        emit(c, OP_DELETE_SUBSCR, 0);
    }
    return store_name(c, pc, rest);
}

static int check_class_attrs(Compiler *c, Pattern *p)
{
    NameList *names = &p->u.cls.kwd_attrs;
    for (size_t i = 0; i < names->n; i++) {
        if (strcmp(names->items[i], "__debug__") == 0)
            return compiler_error(c, p->u.cls.kwd_patterns.items[i]->loc,
                                  "cannot assign to __debug__");
        for (size_t j = i + 1; j < names->n; j++)
            if (strcmp(names->items[i], names->items[j]) == 0)
                return compiler_error(c, p->u.cls.kwd_patterns.items[j]->loc,
                                      "attribute name repeated in class pattern: %s",
                                      names->items[i]);
    }
    return 0;
}

static int compile_class(Compiler *c, Pattern *p, PatCtx *pc)
{
    PatternList *pos = &p->u.cls.patterns, *kwp = &p->u.cls.kwd_patterns;
    NameList *names = &p->u.cls.kwd_attrs;
    size_t nargs = pos->n, nattrs = names->n;
    TRY(check_class_attrs(c, p));
    TRY(compile_expr(c, p->u.cls.cls));
    Obj *kw = tuple_new(nattrs);
    if (!kw)
        return no_memory(c);
    for (size_t i = 0; i < nattrs; i++) {
        Obj *s = intern_cstr(c, names->items[i]);
        ((TupleObj *)kw)->items[i] = s ? s : (INCREF(NONE), NONE);
    }
    emit_const(c, kw);
    c->u->loc = p->loc;
    emit(c, OP_MATCH_CLASS, (int)nargs);
    emit(c, OP_DUP_TOP, 0);
    pc->on_top++;
    TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_NONE));
    emit(c, OP_UNPACK_SEQUENCE, (int)(nargs + nattrs));
    pc->on_top += (int)(nargs + nattrs) - 1;
    for (size_t i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        Pattern *q = i < nargs ? pos->items[i] : kwp->items[i - nargs];
        if (WILDCARD(q)) {
            emit(c, OP_POP_TOP, 0);
            continue;
        }
        TRY(compile_subpattern(c, q, pc));
    }
    return 0;
}

/* Every alternative must bind the same names; their values are reordered on
 * the stack into the first alternative's order. */
static int compile_or(Compiler *c, Pattern *p, PatCtx *pc)
{
    PatternList *alts = &p->u.or_.patterns;
    int end = new_label(c), r = -1;
    PatCtx sub = {0};
    const char **control = NULL;
    size_t ncontrol = 0;
    for (size_t i = 0; i < alts->n; i++) {
        Pattern *alt = alts->items[i];
        memset(&sub, 0, sizeof sub);
        sub.allow_irrefutable = i + 1 == alts->n && pc->allow_irrefutable;
        c->u->loc = alt->loc;
        emit(c, OP_DUP_TOP, 0);
        if (compile_pattern(c, alt, &sub) < 0)
            goto done;
        if (i == 0) {
            control = sub.stores;
            ncontrol = sub.nstores;
            sub.stores = NULL;
        } else if (sub.nstores != ncontrol) {
            compiler_error(c, c->u->loc, "alternative patterns bind different names");
            goto done;
        } else {
            for (size_t ic = ncontrol; ic-- > 0;) {
                ssize_t is = store_index(&sub, control[ic]);
                if (is < 0) {
                    compiler_error(c, c->u->loc, "alternative patterns bind different names");
                    goto done;
                }
                if ((size_t)is == ic)
                    continue;
                /* move stores[0..is] after the next ic-is names, and the
                 * values on the stack the same way */
                size_t rot = (size_t)is + 1;
                const char *moved[rot];
                memcpy(moved, sub.stores, rot * sizeof *moved);
                memmove(sub.stores, sub.stores + rot, (ic - (size_t)is) * sizeof *moved);
                memcpy(sub.stores + (ic - (size_t)is), moved, rot * sizeof *moved);
                for (size_t k = 0; k < rot; k++)
                    rotate(c, ic + 1);
            }
        }
        emit_jump(c, OP_JUMP_FORWARD, end);
        emit_and_reset_fail_pop(c, &sub);
        free(sub.stores);
        sub.stores = NULL;
    }
    emit(c, OP_POP_TOP, 0);         /* no alternative matched */
    if (jump_to_fail_pop(c, pc, OP_JUMP_FORWARD) < 0)
        goto done;
    place_label(c, end);
    /* the new captures go under the earlier ones and the work items */
    size_t nrots = ncontrol + 1 + (size_t)pc->on_top + pc->nstores;
    for (size_t i = 0; i < ncontrol; i++) {
        rotate(c, nrots);
        if (add_store(c, pc, control[i]) < 0)
            goto done;
    }
    emit(c, OP_POP_TOP, 0);         /* the subject */
    r = 0;
done:
    free(sub.stores);
    free(sub.fail_pop);
    free(control);
    return r;
}

static int compile_pattern(Compiler *c, Pattern *p, PatCtx *pc)
{
    c->u->loc = p->loc;
    switch (p->kind) {
    case P_VALUE: return compile_value(c, p, pc);
    case P_SINGLETON: return compile_singleton(c, p, pc);
    case P_SEQUENCE: return compile_sequence(c, p, pc);
    case P_MAPPING: return compile_mapping(c, p, pc);
    case P_CLASS: return compile_class(c, p, pc);
    case P_STAR: return store_name(c, pc, p->u.star.name);
    case P_AS: return compile_as(c, p, pc);
    case P_OR: return compile_or(c, p, pc);
    }
    return compiler_error(c, p->loc, "invalid pattern");
}

static int compile_case(Compiler *c, MatchCase *mc, bool last, int end)
{
    PatCtx pc = {0};
    pc.allow_irrefutable = mc->guard != NULL || last;
    c->u->loc = mc->pattern->loc;
    emit(c, OP_DUP_TOP, 0);
    int r = compile_pattern(c, mc->pattern, &pc);
    for (size_t i = 0; i < pc.nstores && r == 0; i++)
        r = compile_name(c, pc.stores[i], CTX_STORE);
    if (r == 0 && mc->guard) {
        r = ensure_fail_pop(c, &pc, 0);
        if (r == 0)
            r = compile_jump_if(c, mc->guard, pc.fail_pop[0], false);
    }
    if (r == 0) {
        c->u->loc = mc->pattern->loc;
        emit(c, OP_POP_TOP, 0);     /* the subject */
        r = compile_body(c, &mc->body);
    }
    if (r == 0) {
        emit_jump(c, OP_JUMP_FORWARD, end);
        emit_and_reset_fail_pop(c, &pc);
    }
    free(pc.stores);
    free(pc.fail_pop);
    return r;
}

int compile_match(Compiler *c, Stmt *s)
{
    int end = new_label(c);
    TRY(compile_expr(c, s->u.match.subject));
    MatchCaseList *cases = &s->u.match.cases;
    for (size_t i = 0; i < cases->n; i++)
        TRY(compile_case(c, cases->items[i], i + 1 == cases->n, end));
    c->u->loc = s->loc;
    emit(c, OP_POP_TOP, 0);
    place_label(c, end);
    return 0;
}
