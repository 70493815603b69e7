/* compile_test.c: the bytecode compiler.  Small sources are compiled and the
 * resulting code objects checked: argument counts and flags, names and
 * cells, qualified names, docstrings, stack depth, constant folding and jump
 * threading, the shape of function/class/comprehension code, and the
 * SyntaxErrors the compiler itself raises (with CPython's messages). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "api.h"
#include "compile.h"
#include "err.h"
#include "str.h"
#include "tuple.h"
#include "unit_support.h"

TestSuite(compile, .init = interpreter_setup);

static CodeObj *compile_ok(const char *src)
{
    Obj *co = compile_source(src, strlen(src), "<t>", PARSE_FILE);
    if (!co) {
        Obj *exc = err_fetch();
        Obj *msg = exc ? obj_str(exc) : NULL;
        cr_assert_fail("compiling %s failed: %s", src, msg ? str_data(msg) : "?");
    }
    cr_assert(is_code(co));
    return (CodeObj *)co;
}

/* The nested code object named `qualname` (depth-first), or NULL. */
static CodeObj *find_code(CodeObj *co, const char *qualname)
{
    if (strcmp(str_data(co->qualname), qualname) == 0)
        return co;
    for (size_t i = 0; i < tuple_size(co->consts); i++) {
        Obj *v = tuple_get(co->consts, i);
        if (is_code(v)) {
            CodeObj *found = find_code((CodeObj *)v, qualname);
            if (found)
                return found;
        }
    }
    return NULL;
}

static CodeObj *get_code(CodeObj *top, const char *qualname)
{
    CodeObj *co = find_code(top, qualname);
    cr_assert_not_null(co, "no code object %s", qualname);
    return co;
}

static void expect_names(Obj *tuple, const char *expected)
{
    char buf[512] = "";
    for (size_t i = 0; i < tuple_size(tuple); i++) {
        if (i)
            strcat(buf, " ");
        strcat(buf, str_data(tuple_get(tuple, i)));
    }
    cr_expect_str_eq(buf, expected);
}

/* The disassembly of one code object (not its children) contains `needle`. */
static bool dis_has(CodeObj *co, const char *needle)
{
    char *text = code_disassemble(co);
    cr_assert_not_null(text);
    /* Only this object's part: up to the next "code " header. */
    char *next = strstr(text + 1, "\ncode ");
    if (next)
        next[1] = 0;
    bool found = strstr(text, needle) != NULL;
    if (!found)
        cr_log_info("%s", text);
    free(text);
    return found;
}

/* Compiling src raises SyntaxError(msg) at `line`. */
static void expect_syntax_error(const char *src, const char *msg, int line)
{
    Obj *co = compile_source(src, strlen(src), "<t>", PARSE_FILE);
    cr_assert_null(co, "no error for %s", src);
    Obj *exc = err_fetch();
    cr_assert_not_null(exc);
    cr_expect(obj_isinstance(exc, (Obj *)&Exc_SyntaxError) == 1, "not a SyntaxError: %s", src);
    Obj *m = obj_getattr_cstr(exc, "msg");
    cr_assert_not_null(m);
    cr_expect_str_eq(str_data(m), msg, "for %s", src);
    Obj *l = obj_getattr_cstr(exc, "lineno");
    cr_assert_not_null(l);
    cr_expect_eq(small_value(l), line, "line for %s", src);
    DECREF(m);
    DECREF(l);
    DECREF(exc);
}

/* ---- functions ------------------------------------------------------------------ */

Test(compile, argument_counts_and_flags)
{
    CodeObj *top = compile_ok("def f(a, b=1, /, c=2, *args, d, e=3, **kw):\n"
                              "    'the doc'\n"
                              "    return a\n");
    CodeObj *f = get_code(top, "f");
    cr_expect_eq(f->argcount, 3);
    cr_expect_eq(f->posonlyargcount, 2);
    cr_expect_eq(f->kwonlyargcount, 2);
    cr_expect_eq(f->flags, CO_OPTIMIZED | CO_NEWLOCALS | CO_VARARGS | CO_VARKEYWORDS);
    cr_expect_eq(f->flags, 15u);   /* CPython's co_flags */
    expect_names(f->varnames, "a b c d e args kw");
    cr_expect_str_eq(str_data(tuple_get(f->consts, 0)), "the doc");
    cr_expect(dis_has(top, "MAKE_FUNCTION 3"));
    cr_expect(dis_has(top, "BUILD_CONST_KEY_MAP 1"));
    cr_expect(dis_has(top, "LOAD_CONST 0 ((1, 2))"));
}

Test(compile, no_docstring_means_none_first)
{
    CodeObj *top = compile_ok("def f():\n    x = 'not a doc'\n");
    cr_expect_eq(tuple_get(get_code(top, "f")->consts, 0), NONE);
    top = compile_ok("g = lambda: 'no doc either'\n");
    cr_expect_eq(tuple_get(get_code(top, "<lambda>")->consts, 0), NONE);
}

Test(compile, annotations_tuple)
{
    CodeObj *top = compile_ok("def f(a: int, /, b: str, *c: 1, d: 2, **e: 3) -> None: pass\n");
    cr_expect(dis_has(top, "BUILD_TUPLE 12"));
    cr_expect(dis_has(top, "MAKE_FUNCTION 4"));
}

Test(compile, decorators_apply_bottom_up)
{
    CodeObj *top = compile_ok("@a\n@b\ndef f(): pass\n");
    cr_expect(dis_has(top, "L1 LOAD_NAME 0 (a)\n"));
    cr_expect(dis_has(top, "L2 LOAD_NAME 1 (b)\n"));
    cr_expect(dis_has(top, "L2 CALL_FUNCTION 1\n"));
    cr_expect(dis_has(top, "L1 CALL_FUNCTION 1\n"));
    cr_expect(dis_has(top, "L3 STORE_NAME 2 (f)"));
    cr_expect_eq(get_code(top, "f")->firstlineno, 1);
}

Test(compile, closures_and_cells)
{
    CodeObj *top = compile_ok("def f(x):\n"
                              "    y = 1\n"
                              "    def g():\n"
                              "        return x + y\n"
                              "    return g\n");
    CodeObj *f = get_code(top, "f"), *g = get_code(top, "f.<locals>.g");
    expect_names(f->cellvars, "x y");
    expect_names(g->freevars, "x y");
    cr_expect(g->flags & CO_NESTED);
    cr_expect(dis_has(f, "LOAD_CLOSURE 0 (x)"));
    cr_expect(dis_has(f, "LOAD_CLOSURE 1 (y)"));
    cr_expect(dis_has(f, "MAKE_FUNCTION 8"));
    cr_expect(dis_has(g, "LOAD_DEREF 0 (x)"));
    cr_expect_not_null(f->cell2arg);
    cr_expect_eq(f->cell2arg[0], 0);
    cr_expect_eq(f->cell2arg[1], -1);
}

Test(compile, nonlocal_passes_through)
{
    CodeObj *top = compile_ok("def a():\n"
                              "    v = 0\n"
                              "    def b():\n"
                              "        def c():\n"
                              "            nonlocal v\n"
                              "            v += 1\n"
                              "        return c\n"
                              "    return b\n");
    expect_names(get_code(top, "a.<locals>.b")->freevars, "v");
    CodeObj *b = get_code(top, "a.<locals>.b");
    cr_expect(dis_has(b, "LOAD_CLOSURE 0 (v)"));
    cr_expect(dis_has(get_code(top, "a.<locals>.b.<locals>.c"), "STORE_DEREF 0 (v)"));
}

Test(compile, qualnames)
{
    CodeObj *top = compile_ok("class C:\n"
                              "    def m(self):\n"
                              "        def g(): pass\n"
                              "        return lambda: [x for x in ()]\n"
                              "    class D:\n"
                              "        def n(self): pass\n"
                              "def h():\n"
                              "    global k\n"
                              "    def k(): pass\n");
    get_code(top, "C");
    get_code(top, "C.m");
    get_code(top, "C.m.<locals>.g");
    get_code(top, "C.m.<locals>.<lambda>");
    get_code(top, "C.m.<locals>.<lambda>.<locals>.<listcomp>");
    get_code(top, "C.D.n");
    get_code(top, "k");
}

/* ---- classes ---------------------------------------------------------------------- */

Test(compile, class_body)
{
    CodeObj *top = compile_ok("class C(B, metaclass=M):\n"
                              "    'doc'\n"
                              "    x: int = 1\n"
                              "    def f(self): return super().f()\n");
    CodeObj *c = get_code(top, "C");
    cr_expect(dis_has(top, "LOAD_BUILD_CLASS"));
    cr_expect(dis_has(top, "CALL_FUNCTION_KW 4"));
    cr_expect(dis_has(c, "LOAD_NAME 0 (__name__)\n"));
    cr_expect(dis_has(c, "STORE_NAME 1 (__module__)\n"));
    cr_expect(dis_has(c, "STORE_NAME 2 (__qualname__)\n"));
    cr_expect(dis_has(c, "SETUP_ANNOTATIONS"));
    cr_expect(dis_has(c, "(__doc__)"));
    cr_expect(dis_has(c, "STORE_NAME 8 (__classcell__)"));
    expect_names(c->cellvars, "__class__");
    expect_names(get_code(top, "C.f")->freevars, "__class__");
    cr_expect_eq(c->flags & CO_NEWLOCALS, 0u);
}

Test(compile, class_without_cell_returns_none)
{
    CodeObj *c = get_code(compile_ok("class C:\n    x = 1\n"), "C");
    cr_expect_eq(tuple_size(c->cellvars), 0);
    cr_expect(dis_has(c, "LOAD_CONST 1 (None)\nL2 RETURN_VALUE") || dis_has(c, "(None)"));
    cr_expect(!dis_has(c, "__classcell__"));
}

Test(compile, private_names_are_mangled)
{
    CodeObj *top = compile_ok("class C:\n    def f(self, *, __k=1):\n        return self.__x\n");
    CodeObj *f = get_code(top, "C.f");
    expect_names(f->varnames, "self _C__k");
    cr_expect(dis_has(f, "LOAD_ATTR 0 (_C__x)"));
    cr_expect(dis_has(get_code(top, "C"), "((\'_C__k\',))"));
}

/* ---- comprehensions ------------------------------------------------------------------ */

Test(compile, list_comprehension_is_a_function)
{
    CodeObj *top = compile_ok("r = [x * y for x in a if x for y in b]\n");
    CodeObj *lc = get_code(top, "<listcomp>");
    cr_expect_eq(lc->argcount, 1);
    expect_names(lc->varnames, ".0 x y");
    cr_expect(dis_has(lc, "BUILD_LIST 0"));
    cr_expect(dis_has(lc, "LIST_APPEND 3"));
    cr_expect(dis_has(top, "LOAD_NAME 0 (a)\n"));
    cr_expect(dis_has(top, "GET_ITER"));
    cr_expect(dis_has(top, "CALL_FUNCTION 1"));
}

Test(compile, dict_set_and_generator_expressions)
{
    CodeObj *top = compile_ok("d = {k: v for k, v in p}\ns = {x for x in q}\ng = (x for x in q)\n");
    cr_expect(dis_has(get_code(top, "<dictcomp>"), "MAP_ADD 2"));
    cr_expect(dis_has(get_code(top, "<setcomp>"), "SET_ADD 2"));
    CodeObj *g = get_code(top, "<genexpr>");
    cr_expect(g->flags & CO_GENERATOR);
    cr_expect_eq(INSTR_OP(g->code[0]), OP_GEN_START);
    cr_expect(dis_has(g, "YIELD_VALUE"));
}

Test(compile, comprehension_single_item_idiom)
{
    CodeObj *lc = get_code(compile_ok("r = [y for x in a for y in [x * 2]]\n"), "<listcomp>");
    cr_expect(dis_has(lc, "LIST_APPEND 2"));
    cr_expect(!dis_has(lc, "GET_ITER"));
}

Test(compile, comprehension_closure_over_function_local)
{
    CodeObj *top = compile_ok("def f(n):\n    return [i + n for i in range(3)]\n");
    expect_names(get_code(top, "f")->cellvars, "n");
    expect_names(get_code(top, "f.<locals>.<listcomp>")->freevars, "n");
}

/* ---- assembler ------------------------------------------------------------------------- */

Test(compile, stack_depth)
{
    cr_expect_eq(compile_ok("f(a, b, c)\n")->stacksize, 4);
    cr_expect_eq(compile_ok("x = 1\n")->stacksize, 1);
    cr_expect_eq(get_code(compile_ok("def f(): return [x for x in y]\n"), "f.<locals>.<listcomp>")
                 ->stacksize, 3);
    cr_expect_eq(compile_ok("for i in x:\n    try:\n        pass\n    except E as e:\n        pass\n")
                 ->stacksize, 5);
}

Test(compile, constant_folding)
{
    CodeObj *top = compile_ok("x = 2 ** 10\ny = -(3)\nz = ('a' * 3, 1 + 2.5)\n");
    cr_expect(dis_has(top, "(1024)"));
    cr_expect(dis_has(top, "(-3)"));
    cr_expect(dis_has(top, "(('aaa', 3.5))"));
    cr_expect(!dis_has(top, "BINARY_OP"));
    top = compile_ok("x = 1 / 0\n");
    cr_expect(dis_has(top, "BINARY_OP"));
}

Test(compile, dead_code_and_jump_threading)
{
    CodeObj *top = compile_ok("if 0:\n    a()\nwhile 1:\n    if b:\n        continue\n    break\n");
    cr_expect(!dis_has(top, "(a)"));
    cr_expect(!dis_has(top, "NOP"));
    /* No jump may land on an unconditional jump. */
    for (size_t i = 0; i < top->ncode; i += 1 + opcode_cache_words[INSTR_OP(top->code[i])]) {
        int op = (int)INSTR_OP(top->code[i]);
        if (!opcode_has_target(op))
            continue;
        int target = (int)INSTR_OP(top->code[INSTR_ARG(top->code[i])]);
        cr_expect(target != OP_JUMP_ABSOLUTE && target != OP_JUMP_FORWARD,
                  "jump at %zu lands on a jump", i);
    }
}

Test(compile, line_numbers)
{
    CodeObj *top = compile_ok("a = 1\n\nb = (c +\n     d)\n");
    cr_expect(dis_has(top, "L1 STORE_NAME 0 (a)"));
    cr_expect(dis_has(top, "L3 LOAD_NAME 1 (c)"));
    cr_expect(dis_has(top, "L4 LOAD_NAME 2 (d)"));
    cr_expect(dis_has(top, "L3 BINARY_OP 0"));
}

Test(compile, module_docstring_and_annotations)
{
    CodeObj *top = compile_ok("'module doc'\nx: int = 1\n");
    cr_expect(dis_has(top, "SETUP_ANNOTATIONS"));
    cr_expect(dis_has(top, "STORE_NAME 0 (__doc__)"));
    cr_expect(dis_has(top, "LOAD_NAME 3 (__annotations__)"));
}

/* ---- SyntaxErrors from the compiler ----------------------------------------------------- */

Test(compile, syntax_errors)
{
    expect_syntax_error("return 1\n", "'return' outside function", 1);
    expect_syntax_error("class C:\n    return\n", "'return' outside function", 2);
    expect_syntax_error("x = 1\nbreak\n", "'break' outside loop", 2);
    expect_syntax_error("continue\n", "'continue' not properly in loop", 1);
    expect_syntax_error("def f():\n    for x in y:\n        def g():\n            break\n",
                        "'break' outside loop", 4);
    expect_syntax_error("await x\n", "'await' outside function", 1);
    expect_syntax_error("def f():\n    await x\n", "'await' outside async function", 2);
    expect_syntax_error("yield 1\n", "'yield' outside function", 1);
    expect_syntax_error("class C:\n    yield\n", "'yield' outside function", 2);
    expect_syntax_error("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2);
    expect_syntax_error("nonlocal x\n", "nonlocal declaration not allowed at module level", 1);
    expect_syntax_error("def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1);
    expect_syntax_error("def f(a):\n    global a\n", "name 'a' is parameter and global", 2);
    expect_syntax_error("def f():\n    x = 1\n    global x\n",
                        "name 'x' is assigned to before global declaration", 3);
    expect_syntax_error("def f():\n    [(yield) for x in y]\n", "'yield' inside list comprehension", 2);
    expect_syntax_error("async def f():\n    yield 1\n    return 2\n",
                        "'return' with value in async generator", 3);
    expect_syntax_error("def f():\n    [x async for x in y]\n",
                        "asynchronous comprehension outside of an asynchronous function", 2);
    expect_syntax_error("def f():\n    async with x: pass\n", "'async with' outside async function", 2);
}

/* ---- CPython 3.11 details ------------------------------------------------------------ */

Test(compile, cellvars_order_and_flags)
{
    CodeObj *top = compile_ok("def f(b, a):\n"
                              "    z = y = 0\n"
                              "    def g():\n"
                              "        return a, b, y, z\n"
                              "    return g\n"
                              "class C:\n"
                              "    def m(self):\n"
                              "        class D: pass\n");
    expect_names(get_code(top, "f")->cellvars, "b a y z");
    cr_expect_eq(get_code(top, "f.<locals>.g")->flags, 19u);   /* OPTIMIZED|NEWLOCALS|NESTED */
    cr_expect_eq(get_code(top, "C")->flags, 0u);
    cr_expect_eq(get_code(top, "C.m.<locals>.D")->flags, 0u);
    cr_expect_eq(top->flags, 0u);
}

Test(compile, nested_comprehension_qualname)
{
    CodeObj *top = compile_ok("def f(rows):\n    return [[c for c in r] for r in rows]\n");
    get_code(top, "f.<locals>.<listcomp>.<listcomp>");
}

Test(compile, future_annotations_are_strings)
{
    CodeObj *top = compile_ok("from __future__ import annotations\n"
                              "def f(a: list[int] | None, *, b: 1 + 2 * 3) -> (x if y else z): pass\n");
    cr_expect(dis_has(top, "('list[int] | None')"));
    cr_expect(dis_has(top, "('1 + 2 * 3')"));
    cr_expect(dis_has(top, "('x if y else z')"));
    cr_expect_eq(top->flags & 0x1000000u, 0x1000000u);
}

Test(compile, constants_are_shared)
{
    /* Many distinct constants, each used twice: one co_consts entry each. */
    char src[64 * 1024] = "";
    size_t len = 0;
    for (int i = 0; i < 1000; i++)
        len += (size_t)snprintf(src + len, sizeof src - len, "x = %d\ny = 's%d'\nx = %d\ny = 's%d'\n",
                                i, i, i, i);
    CodeObj *top = compile_ok(src);
    cr_expect_eq(tuple_size(top->consts), 2001);   /* 1000 ints, 1000 strs, None */
}

Test(compile, finally_body_code_shared)
{
    CodeObj *top = compile_ok("try:\n    pass\nfinally:\n    def f(): pass\n");
    size_t ncode = 0;
    for (size_t i = 0; i < tuple_size(top->consts); i++)
        ncode += is_code(tuple_get(top->consts, i));
    cr_expect_eq(ncode, 1);
}

Test(compile, future_errors)
{
    expect_syntax_error("import os\nfrom __future__ import annotations\n",
                        "from __future__ imports must occur at the beginning of the file", 2);
    expect_syntax_error("from __future__ import braces\n", "not a chance", 1);
    expect_syntax_error("from __future__ import nope\n", "future feature nope is not defined", 1);
    expect_syntax_error("from __future__ import annotations\ndef f(x: (yield)): pass\n",
                        "'yield expression' can not be used within an annotation", 2);
}
