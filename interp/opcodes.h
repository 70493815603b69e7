/* opcodes.h: the bytecode instruction set, one table for the compiler, the VM
 * and the disassembler.
 *
 * An instruction is one 32-bit word: opcode in the low 8 bits, argument in the
 * upper 24 bits (no EXTENDED_ARG).  An opcode may be followed by `cache` words
 * of inline cache that the VM owns (the compiler emits them as zeros).
 * Jump targets are absolute instruction-word indexes into the code.
 * Stack notation below: [... a b] -> [... c] (top of stack on the right).
 *
 * X(NAME, cache_words, stack_effect_comment)
 */
#ifndef GILPY_OPCODES_H
#define GILPY_OPCODES_H

#define OPCODE_TABLE(X) \
    /* ---- stack ---- */ \
    X(NOP, 0, "[] -> []") \
    X(POP_TOP, 0, "[a] -> []") \
    X(ROT_TWO, 0, "[a b] -> [b a]") \
    X(ROT_THREE, 0, "[a b c] -> [c a b]") \
    X(ROT_FOUR, 0, "[a b c d] -> [d a b c]") \
    X(ROT_N, 0, "arg=n: top moves down to position n") \
    X(DUP_TOP, 0, "[a] -> [a a]") \
    X(DUP_TOP_TWO, 0, "[a b] -> [a b a b]") \
    /* ---- constants and names ---- */ \
    X(LOAD_CONST, 0, "arg=const index: [] -> [c]") \
    X(LOAD_FAST, 0, "arg=local slot: [] -> [v]; UnboundLocalError if unset") \
    X(STORE_FAST, 0, "[v] -> []") \
    X(DELETE_FAST, 0, "unset slot; UnboundLocalError if unset") \
    X(LOAD_DEREF, 0, "arg=cell slot (cellvars then freevars): [] -> [cell contents]") \
    X(STORE_DEREF, 0, "[v] -> []") \
    X(DELETE_DEREF, 0, "") \
    X(LOAD_CLOSURE, 0, "arg=cell slot: [] -> [the cell object itself]") \
    X(LOAD_CLASSDEREF, 0, "class body: look in locals dict, then the cell") \
    X(LOAD_NAME, 0, "arg=name index: locals, globals, builtins") \
    X(STORE_NAME, 0, "[v] -> [] into locals dict") \
    X(DELETE_NAME, 0, "") \
    X(LOAD_GLOBAL, 2, "arg=name index: globals then builtins (cached by dict versions)") \
    X(STORE_GLOBAL, 0, "[v] -> []") \
    X(DELETE_GLOBAL, 0, "") \
    X(LOAD_ATTR, 2, "arg=name index: [o] -> [o.name]") \
    X(STORE_ATTR, 0, "arg=name index: [v o] -> [] (o.name = v)") \
    X(DELETE_ATTR, 0, "[o] -> []") \
    X(LOAD_METHOD, 2, "arg=name: [o] -> [meth o] (unbound function + self) or [NULL bound]") \
    /* ---- operators ---- */ \
    X(BINARY_OP, 0, "arg=enum BinOp, +BINOP_COUNT for in-place: [a b] -> [a op b]") \
    X(UNARY_NEGATIVE, 0, "[a] -> [-a]") \
    X(UNARY_POSITIVE, 0, "[a] -> [+a]") \
    X(UNARY_INVERT, 0, "[a] -> [~a]") \
    X(UNARY_NOT, 0, "[a] -> [not a]") \
    X(COMPARE_OP, 0, "arg=CMP_LT..CMP_GE: [a b] -> [a op b]") \
    X(IS_OP, 0, "arg=1 for 'is not': [a b] -> [bool]") \
    X(CONTAINS_OP, 0, "arg=1 for 'not in': [a b] -> [a in b]") \
    X(BINARY_SUBSCR, 0, "[o k] -> [o[k]]") \
    X(STORE_SUBSCR, 0, "[v o k] -> [] (o[k] = v)") \
    X(DELETE_SUBSCR, 0, "[o k] -> []") \
    X(BUILD_SLICE, 0, "arg=2|3: [a b (c)] -> [slice]") \
    /* ---- building ---- */ \
    X(BUILD_TUPLE, 0, "arg=n: [x1..xn] -> [tuple]") \
    X(BUILD_LIST, 0, "arg=n") \
    X(BUILD_SET, 0, "arg=n") \
    X(BUILD_MAP, 0, "arg=n: [k1 v1 .. kn vn] -> [dict]") \
    X(BUILD_CONST_KEY_MAP, 0, "arg=n: [v1..vn keys_tuple] -> [dict]") \
    X(BUILD_STRING, 0, "arg=n: [s1..sn] -> [concatenation]") \
    X(LIST_APPEND, 0, "arg=depth: [.. list .. (depth-1 items) v] -> list.append(v), pops v") \
    X(SET_ADD, 0, "arg=depth") \
    X(MAP_ADD, 0, "arg=depth: [.. dict .. k v] -> dict[k]=v") \
    X(LIST_EXTEND, 0, "arg=depth: [.. list .. it] -> list.extend(it)") \
    X(SET_UPDATE, 0, "arg=depth") \
    X(DICT_UPDATE, 0, "arg=depth: {**m} in displays") \
    X(DICT_MERGE, 0, "arg=depth: f(**m): TypeError on duplicate keys") \
    X(LIST_TO_TUPLE, 0, "[list] -> [tuple]") \
    X(FORMAT_VALUE, 0, "arg: low 2 bits conversion (0 none,1 str,2 repr,3 ascii), bit 2 spec on stack") \
    /* ---- unpacking ---- */ \
    X(UNPACK_SEQUENCE, 0, "arg=n: [seq] -> [xn .. x1] (x1 on top)") \
    X(UNPACK_EX, 0, "arg=before | after<<8: starred unpacking") \
    /* ---- control flow ---- */ \
    X(JUMP_FORWARD, 0, "arg=target") \
    X(JUMP_ABSOLUTE, 0, "arg=target (backward jumps check the eval breaker)") \
    X(POP_JUMP_IF_FALSE, 0, "[a] -> []") \
    X(POP_JUMP_IF_TRUE, 0, "[a] -> []") \
    X(JUMP_IF_FALSE_OR_POP, 0, "keeps a when jumping") \
    X(JUMP_IF_TRUE_OR_POP, 0, "") \
    X(JUMP_IF_NOT_EXC_MATCH, 0, "[exc type] -> [] jump if no match") \
    X(GET_ITER, 0, "[o] -> [iter(o)]") \
    X(FOR_ITER, 0, "arg=exit target: [it] -> [it next] or pop it and jump") \
    X(RETURN_VALUE, 0, "[v] -> return v") \
    /* ---- exceptions (block stack, as CPython 3.10) ---- */ \
    X(SETUP_FINALLY, 0, "arg=handler: push a block") \
    X(SETUP_WITH, 0, "arg=handler: [cm] -> [exit enter_result]") \
    X(POP_BLOCK, 0, "") \
    X(POP_EXCEPT, 0, "restores the previously handled exception") \
    X(RERAISE, 0, "[exc] -> re-raise (arg=1: restore f_lasti)") \
    X(WITH_EXCEPT_START, 0, "calls __exit__(type, val, tb)") \
    X(RAISE_VARARGS, 0, "arg=0 reraise, 1 raise exc, 2 raise exc from cause") \
    X(LOAD_ASSERTION_ERROR, 0, "[] -> [AssertionError]") \
    /* ---- functions and calls ---- */ \
    X(MAKE_FUNCTION, 0, "arg flags: 1 defaults 2 kwdefaults 4 annotations 8 closure: [.. code qualname] -> [fn]") \
    X(CALL_FUNCTION, 0, "arg=n: [f a1..an] -> [f(a..)]") \
    X(CALL_FUNCTION_KW, 0, "arg=n total: [f a1..an kwnames_tuple] -> [result]") \
    X(CALL_FUNCTION_EX, 0, "arg&1 kwargs dict present: [f args_tuple (kwargs)] -> [result]") \
    X(CALL_METHOD, 0, "arg=n: [meth self_or_NULL a1..an] -> [result]") \
    X(CALL_METHOD_KW, 0, "arg=n: [meth self_or_NULL a1..an kwnames] -> [result]") \
    /* ---- modules and classes ---- */ \
    X(IMPORT_NAME, 0, "arg=name: [level fromlist] -> [module]") \
    X(IMPORT_FROM, 0, "arg=name: [module] -> [module attr]") \
    X(IMPORT_STAR, 0, "[module] -> []") \
    X(LOAD_BUILD_CLASS, 0, "[] -> [__build_class__]") \
    X(SETUP_ANNOTATIONS, 0, "creates __annotations__ in locals if missing") \
    X(PRINT_EXPR, 0, "REPL: [v] -> [] (sys.displayhook)") \
    /* ---- generators and coroutines (object-model issue) ---- */ \
    X(YIELD_VALUE, 0, "[v] -> [sent]") \
    X(GET_YIELD_FROM_ITER, 0, "") \
    X(YIELD_FROM, 0, "[iter v] -> [result]") \
    X(GET_AWAITABLE, 0, "") \
    X(GEN_START, 0, "arg kind: pops the first sent value") \
    X(GET_AITER, 0, "") \
    X(GET_ANEXT, 0, "") \
    X(END_ASYNC_FOR, 0, "") \
    X(BEFORE_ASYNC_WITH, 0, "") \
    X(SETUP_ASYNC_WITH, 0, "")

enum Opcode {
#define X(name, cache, doc) OP_##name,
    OPCODE_TABLE(X)
#undef X
    OPCODE_COUNT
};

/* Instruction word helpers. */
#define INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_OP(w) ((w) & 0xffu)
#define INSTR_ARG(w) ((w) >> 8)
#define INSTR_ARG_MAX 0xffffffu

extern const char *const opcode_names[OPCODE_COUNT];
extern const unsigned char opcode_cache_words[OPCODE_COUNT];

#endif
