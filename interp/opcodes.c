/* opcodes.c: tables derived from the opcode X-macro (names, inline cache
 * sizes) and the per-opcode facts the compiler's assembler and the
 * disassembler need: which arguments are jump targets, which instructions
 * never fall through, and each instruction's value-stack effect. */
#include "opcodes.h"

const char *const opcode_names[OPCODE_COUNT] = {
#define X(name, cache, doc) #name,
    OPCODE_TABLE(X)
#undef X
};

const unsigned char opcode_cache_words[OPCODE_COUNT] = {
#define X(name, cache, doc) cache,
    OPCODE_TABLE(X)
#undef X
};

bool opcode_has_target(int op)
{
    switch (op) {
    case OP_JUMP_FORWARD: case OP_JUMP_ABSOLUTE:
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
    case OP_JUMP_IF_NOT_EXC_MATCH: case OP_FOR_ITER:
    case OP_SETUP_FINALLY: case OP_SETUP_WITH: case OP_SETUP_ASYNC_WITH:
    case OP_POP_JUMP_IF_NONE:
        return true;
    default:
        return false;
    }
}

bool opcode_is_terminator(int op)
{
    switch (op) {
    case OP_JUMP_FORWARD: case OP_JUMP_ABSOLUTE: case OP_RETURN_VALUE:
    case OP_RERAISE: case OP_RAISE_VARARGS:
        return true;
    default:
        return false;
    }
}

/* Effects of the instructions whose effect depends on whether they jump. */
static int branch_effect(int op, bool jump)
{
    switch (op) {
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    case OP_FOR_ITER:
        return jump ? -1 : 1;
    case OP_SETUP_FINALLY:       /* the handler gets [prev_exc exc] */
        return jump ? 2 : 0;
    case OP_SETUP_WITH:          /* [cm] -> [exit res]; handler [exit prev exc] */
        return jump ? 2 : 1;
    case OP_SETUP_ASYNC_WITH:    /* [aexit res]; handler [aexit prev exc] */
        return jump ? 1 : 0;
    default:
        return 0;
    }
}

static int call_effect(int op, int arg)
{
    switch (op) {
    case OP_CALL_FUNCTION: return -arg;
    case OP_CALL_FUNCTION_KW: return -arg - 1;
    case OP_CALL_FUNCTION_EX: return -1 - (arg & 1);
    case OP_CALL_METHOD: return -arg - 1;
    case OP_CALL_METHOD_KW: return -arg - 2;
    case OP_MAKE_FUNCTION:
        return -1 - ((arg & 1) != 0) - ((arg & 2) != 0) - ((arg & 4) != 0) - ((arg & 8) != 0);
    default: return 0;
    }
}

static int build_effect(int op, int arg)
{
    switch (op) {
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING:
        return 1 - arg;
    case OP_BUILD_MAP: return 1 - 2 * arg;
    case OP_BUILD_CONST_KEY_MAP: return -arg;
    case OP_BUILD_SLICE: return 1 - arg;
    case OP_UNPACK_SEQUENCE: return arg - 1;
    case OP_UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case OP_RAISE_VARARGS: return -arg;
    default: return 0;
    }
}

int opcode_stack_effect(int op, int arg, bool jump)
{
    switch (op) {
    case OP_NOP: case OP_ROT_TWO: case OP_ROT_THREE: case OP_ROT_FOUR: case OP_ROT_N:
    case OP_DELETE_FAST: case OP_DELETE_DEREF: case OP_DELETE_NAME: case OP_DELETE_GLOBAL:
    case OP_LOAD_ATTR: case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE:
    case OP_UNARY_INVERT: case OP_UNARY_NOT: case OP_LIST_TO_TUPLE:
    case OP_JUMP_FORWARD: case OP_JUMP_ABSOLUTE: case OP_GET_ITER: case OP_POP_BLOCK:
    case OP_SETUP_ANNOTATIONS: case OP_YIELD_VALUE: case OP_GET_YIELD_FROM_ITER:
    case OP_GET_AWAITABLE: case OP_GET_AITER: case OP_SWAP: case OP_CHECK_EG_MATCH:
        return 0;
    case OP_DUP_TOP: case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_DEREF:
    case OP_LOAD_CLOSURE: case OP_LOAD_CLASSDEREF: case OP_LOAD_NAME: case OP_LOAD_GLOBAL:
    case OP_LOAD_METHOD: case OP_WITH_EXCEPT_START: case OP_LOAD_ASSERTION_ERROR:
    case OP_IMPORT_FROM: case OP_LOAD_BUILD_CLASS: case OP_GET_ANEXT: case OP_BEFORE_ASYNC_WITH:
    case OP_COPY: case OP_GET_LEN: case OP_MATCH_MAPPING: case OP_MATCH_SEQUENCE:
    case OP_MATCH_KEYS:
        return 1;
    case OP_DUP_TOP_TWO:
        return 2;
    case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_NAME:
    case OP_STORE_GLOBAL: case OP_DELETE_ATTR: case OP_BINARY_OP: case OP_COMPARE_OP:
    case OP_IS_OP: case OP_CONTAINS_OP: case OP_BINARY_SUBSCR: case OP_LIST_APPEND:
    case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE: case OP_DICT_UPDATE:
    case OP_DICT_MERGE: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_JUMP_IF_NOT_EXC_MATCH: case OP_RETURN_VALUE: case OP_POP_EXCEPT:
    case OP_RERAISE: case OP_IMPORT_NAME: case OP_IMPORT_STAR: case OP_PRINT_EXPR:
    case OP_YIELD_FROM: case OP_GEN_START: case OP_POP_JUMP_IF_NONE: case OP_PREP_RERAISE_STAR:
        return -1;
    case OP_STORE_ATTR: case OP_DELETE_SUBSCR: case OP_MAP_ADD: case OP_MATCH_CLASS:
        return -2;
    case OP_STORE_SUBSCR: case OP_END_ASYNC_FOR:
        return -3;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: case OP_FOR_ITER:
    case OP_SETUP_FINALLY: case OP_SETUP_WITH: case OP_SETUP_ASYNC_WITH:
        return branch_effect(op, jump);
    case OP_CALL_FUNCTION: case OP_CALL_FUNCTION_KW: case OP_CALL_FUNCTION_EX:
    case OP_CALL_METHOD: case OP_CALL_METHOD_KW: case OP_MAKE_FUNCTION:
        return call_effect(op, arg);
    default:
        return build_effect(op, arg);
    }
}
