/* opcodes.h: the bytecode instruction set, one table for the compiler, the VM
 * and the disassembler.  Owned by the compiler (interp/compile*.c); after the
 * first version, opcodes are only ADDED (at the end of the table) and existing
 * meanings never change.
 *
 * An instruction is one 32-bit word: opcode in the low 8 bits, argument in the
 * upper 24 bits (no EXTENDED_ARG).  An opcode may be followed by `cache` words
 * of inline cache that the VM owns (the compiler emits them as zeros, with
 * line 0).  Jump targets are ABSOLUTE instruction-word indexes into the code
 * (cache words count), for JUMP_FORWARD as well as for every other jump.
 * Stack notation below: [... a b] -> [... c] (top of stack on the right).
 *
 * ---- Exceptions: CPython 3.10's block-stack model, with a 2-slot handler ----
 * SETUP_FINALLY(handler) pushes a block {handler, stack level}.  When an
 * exception reaches such a block, the VM pops the value stack down to the
 * block's level, replaces the block by an EXCEPT_HANDLER block (same level),
 * pushes the previously handled exception (tstate->handled_exc, or None),
 * then the exception instance itself, sets tstate->handled_exc to it and
 * jumps to the handler, which therefore starts with  [... prev_exc exc].
 * POP_EXCEPT pops the EXCEPT_HANDLER block and prev_exc (the stack is exactly
 * [... prev_exc] then) and restores tstate->handled_exc = prev_exc (None ->
 * NULL).  Unwinding (an exception propagating, or RERAISE) through an
 * EXCEPT_HANDLER block pops the stack to the block's level + 1, restores
 * handled_exc from that slot as POP_EXCEPT would, and continues unwinding.
 * The exact sequences the compiler emits for try/except/finally/with are in
 * the comment at the top of interp/compile_try.c.
 *
 * ---- Calls ----
 * MAKE_FUNCTION flags push, in this order below code and qualname:
 *   [defaults_tuple if 1] [kwdefaults_dict if 2] [annotations if 4]
 *   [closure_tuple_of_cells if 8] code qualname
 * annotations (flag 4) is a tuple of name/value pairs, flattened:
 *   ('x', int, 'return', str), as CPython 3.10.
 * CALL_FUNCTION_KW / CALL_METHOD_KW: kwnames is a tuple constant naming the
 * LAST len(kwnames) arguments; arg n counts positional + keyword arguments.
 * LOAD_METHOD pushes [meth self] when o's attribute is a plain function found
 * on its type (so CALL_METHOD calls meth(self, a1..an)), otherwise
 * [NULL bound_callable] (a NULL slot, never seen by Python code) and
 * CALL_METHOD calls bound_callable(a1..an).
 *
 * ---- Generators ----
 * Generator, coroutine and async-generator code starts with GEN_START
 * (arg 0 generator, 1 coroutine, 2 async generator), which pops the value the
 * first send() pushed (it must be None).  Resuming a frame suspended at
 * YIELD_VALUE or YIELD_FROM pushes the sent value.
 *
 * X(NAME, cache_words, stack_effect_comment)
 */
#ifndef GILPY_OPCODES_H
#define GILPY_OPCODES_H

#include <stdbool.h>
#include <stdint.h>

#define OPCODE_TABLE(X) \
    /* ---- stack ---- */ \
    X(NOP, 0, "[] -> []") \
    X(POP_TOP, 0, "[a] -> []") \
    X(ROT_TWO, 0, "[a b] -> [b a]") \
    X(ROT_THREE, 0, "[a b c] -> [c a b]") \
    X(ROT_FOUR, 0, "[a b c d] -> [d a b c]") \
    X(ROT_N, 0, "arg=n: [a1 .. an] -> [an a1 .. an-1] (top moves down n-1 places)") \
    X(DUP_TOP, 0, "[a] -> [a a]") \
    X(DUP_TOP_TWO, 0, "[a b] -> [a b a b]") \
    /* ---- constants and names ---- */ \
    X(LOAD_CONST, 0, "arg=const index: [] -> [c]") \
    X(LOAD_FAST, 0, "arg=local slot: [] -> [v]; UnboundLocalError if unset") \
    X(STORE_FAST, 0, "[v] -> []") \
    X(DELETE_FAST, 0, "unset slot; UnboundLocalError if unset") \
    X(LOAD_DEREF, 0, "arg=cell slot (cellvars then freevars): [] -> [cell contents]; NameError/UnboundLocalError if empty") \
    X(STORE_DEREF, 0, "arg=cell slot: [v] -> []") \
    X(DELETE_DEREF, 0, "arg=cell slot: [] -> [] empties the cell (error if already empty)") \
    X(LOAD_CLOSURE, 0, "arg=cell slot: [] -> [the cell object itself]") \
    X(LOAD_CLASSDEREF, 0, "arg=cell slot: [] -> [v] class body: locals dict first (by the cell's name), then the cell") \
    X(LOAD_NAME, 0, "arg=name index: locals, globals, builtins") \
    X(STORE_NAME, 0, "[v] -> [] into locals dict") \
    X(DELETE_NAME, 0, "arg=name index: [] -> []") \
    X(LOAD_GLOBAL, 2, "arg=name index: globals then builtins (cached by dict versions)") \
    X(STORE_GLOBAL, 0, "[v] -> []") \
    X(DELETE_GLOBAL, 0, "arg=name index: [] -> []") \
    X(LOAD_ATTR, 2, "arg=name index: [o] -> [o.name]") \
    X(STORE_ATTR, 2, "arg=name index: [v o] -> [] (o.name = v)") \
    X(DELETE_ATTR, 0, "arg=name index: [o] -> []") \
    X(LOAD_METHOD, 2, "arg=name index: [o] -> [meth o] (unbound function + self) or [NULL bound]") \
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
    X(BUILD_LIST, 0, "arg=n: [x1..xn] -> [list]") \
    X(BUILD_SET, 0, "arg=n: [x1..xn] -> [set]") \
    X(BUILD_MAP, 0, "arg=n: [k1 v1 .. kn vn] -> [dict]") \
    X(BUILD_CONST_KEY_MAP, 0, "arg=n: [v1..vn keys_tuple] -> [dict]") \
    X(BUILD_STRING, 0, "arg=n: [s1..sn] -> [concatenation]") \
    X(LIST_APPEND, 0, "arg=depth: [.. list .. (depth-1 items) v] -> list.append(v), pops v") \
    X(SET_ADD, 0, "arg=depth: [.. set .. (depth-1 items) v] -> set.add(v), pops v") \
    X(MAP_ADD, 0, "arg=depth: [.. dict .. (depth-1 items) k v] -> dict[k]=v, pops k v") \
    X(LIST_EXTEND, 0, "arg=depth: [.. list .. (depth-1 items) it] -> list.extend(it), pops it") \
    X(SET_UPDATE, 0, "arg=depth: [.. set .. it] -> set.update(it), pops it") \
    X(DICT_UPDATE, 0, "arg=depth: [.. dict .. m] -> dict.update(m), pops m ({**m} in displays; TypeError 'X' object is not a mapping)") \
    X(DICT_MERGE, 0, "arg=depth: [f .. dict .. m] -> pops m; f(**m): TypeError on duplicate keys (messages name f, found below the dict)") \
    X(LIST_TO_TUPLE, 0, "[list] -> [tuple]") \
    X(FORMAT_VALUE, 0, "arg: low 2 bits conversion (0 none,1 str,2 repr,3 ascii), bit 2 (4) spec on stack: [v (spec)] -> [format(conv(v), spec)]") \
    /* ---- unpacking ---- */ \
    X(UNPACK_SEQUENCE, 0, "arg=n: [seq] -> [xn .. x1] (x1 on top)") \
    X(UNPACK_EX, 0, "arg=before | after<<8: [seq] -> [y_after .. y1 list xbefore .. x1] (x1 on top)") \
    /* ---- control flow ---- */ \
    X(JUMP_FORWARD, 0, "arg=target (absolute, forward): [] -> []") \
    X(JUMP_ABSOLUTE, 0, "arg=target (backward jumps check the eval breaker)") \
    X(POP_JUMP_IF_FALSE, 0, "arg=target: [a] -> [], jumps if not a") \
    X(POP_JUMP_IF_TRUE, 0, "arg=target: [a] -> [], jumps if a") \
    X(JUMP_IF_FALSE_OR_POP, 0, "arg=target: [a] -> [a] and jump if a is false, else [] and go on") \
    X(JUMP_IF_TRUE_OR_POP, 0, "arg=target: [a] -> [a] and jump if a is true, else [] and go on") \
    X(JUMP_IF_NOT_EXC_MATCH, 0, "arg=target: [exc type] -> [exc], jumps if exc does not match type (a class or tuple of classes; TypeError if not exception classes)") \
    X(GET_ITER, 0, "[o] -> [iter(o)]") \
    X(FOR_ITER, 0, "arg=exit target: [it] -> [it next], or when exhausted [] and jump") \
    X(RETURN_VALUE, 0, "[v] -> return v") \
    /* ---- exceptions (block stack, as CPython 3.10) ---- */ \
    X(SETUP_FINALLY, 0, "arg=handler: [] -> [] pushes a block {handler, current stack level}; handler sees [prev_exc exc]") \
    X(SETUP_WITH, 0, "arg=handler: [cm] -> [bound_exit enter_result] calls cm.__enter__(), pushes a SETUP_FINALLY block whose level is below enter_result; handler sees [exit prev_exc exc]") \
    X(POP_BLOCK, 0, "[] -> [] pops the top SETUP_FINALLY/SETUP_WITH block") \
    X(POP_EXCEPT, 0, "[prev_exc] -> [] pops the EXCEPT_HANDLER block; handled_exc = prev_exc (None -> none)") \
    X(RERAISE, 0, "[exc] -> raise exc unchanged (keeps its traceback, adds no entry); arg unused (0)") \
    X(WITH_EXCEPT_START, 0, "[exit prev_exc exc] -> [exit prev_exc exc result] result = exit(type(exc), exc, exc.__traceback__)") \
    X(RAISE_VARARGS, 0, "arg=0: [] reraise handled_exc (RuntimeError 'No active exception to reraise'); 1: [exc]; 2: [exc cause]") \
    X(LOAD_ASSERTION_ERROR, 0, "[] -> [AssertionError class]") \
    /* ---- functions and calls ---- */ \
    X(MAKE_FUNCTION, 0, "arg flags: 1 defaults 2 kwdefaults 4 annotations 8 closure: [.. code qualname] -> [fn]") \
    X(CALL_FUNCTION, 0, "arg=n: [f a1..an] -> [f(a..)]") \
    X(CALL_FUNCTION_KW, 0, "arg=n total: [f a1..an kwnames_tuple] -> [result]") \
    X(CALL_FUNCTION_EX, 0, "arg&1 kwargs dict present: [f args (kwargs)] -> [result]; args is a tuple or, for f(*x) alone, any iterable the VM turns into one (TypeError 'f() argument after * must be an iterable, not int')") \
    X(CALL_METHOD, 0, "arg=n: [meth self_or_NULL a1..an] -> [result]") \
    X(CALL_METHOD_KW, 0, "arg=n: [meth self_or_NULL a1..an kwnames] -> [result]") \
    /* ---- modules and classes ---- */ \
    X(IMPORT_NAME, 0, "arg=name index: [level fromlist] -> [module] via __import__(name, globals, None, fromlist, level)") \
    X(IMPORT_FROM, 0, "arg=name index: [module] -> [module attr] (ImportError 'cannot import name ...')") \
    X(IMPORT_STAR, 0, "[module] -> [] copies public names into the locals dict") \
    X(LOAD_BUILD_CLASS, 0, "[] -> [builtins.__build_class__]; called as __build_class__(body_fn, name, *bases, **kw)") \
    X(SETUP_ANNOTATIONS, 0, "[] -> [] creates __annotations__ = {} in the locals dict if missing") \
    X(PRINT_EXPR, 0, "REPL: [v] -> [] (sys.displayhook)") \
    /* ---- generators and coroutines (object-model issue) ---- */ \
    X(YIELD_VALUE, 0, "[v] -> [sent]") \
    X(GET_YIELD_FROM_ITER, 0, "[o] -> [iter] iter(o), except generators/coroutines kept as is") \
    X(YIELD_FROM, 0, "[iter v] -> [result] delegates: sends v into iter, yields what it yields, result = StopIteration value") \
    X(GET_AWAITABLE, 0, "arg 0 await, 1 after __aenter__, 2 after __aexit__: [o] -> [awaitable iterator]") \
    X(GEN_START, 0, "arg 0 gen, 1 coroutine, 2 async gen: [v] -> [] pops the first sent value") \
    X(GET_AITER, 0, "[o] -> [o.__aiter__()]") \
    X(GET_ANEXT, 0, "[aiter] -> [aiter awaitable_of(aiter.__anext__())]") \
    X(END_ASYNC_FOR, 0, "[aiter prev_exc exc] -> [] if exc is StopAsyncIteration: pops exc, POP_EXCEPT, pops aiter; else re-raises exc") \
    X(BEFORE_ASYNC_WITH, 0, "[cm] -> [bound_aexit cm.__aenter__()]") \
    X(SETUP_ASYNC_WITH, 0, "arg=handler: [aexit res] -> [aexit res] pushes a SETUP_FINALLY block whose level is below res") \
    /* ---- match statements (PEP 634; sequences in interp/compile_match.c) ---- */ \
    X(COPY, 0, "arg=n>=1: [a (n-1 items)] -> [a (n-1 items) a]") \
    X(SWAP, 0, "arg=n>=2: swaps the top with the n-th item") \
    X(POP_JUMP_IF_NONE, 0, "arg=target: [a] -> [], jumps if a is None") \
    X(GET_LEN, 0, "[o] -> [o len(o)]") \
    X(MATCH_MAPPING, 0, "[o] -> [o bool] o's type is a mapping for match (dict, mappingproxy and subclasses)") \
    X(MATCH_SEQUENCE, 0, "[o] -> [o bool] o's type is a sequence for match (list, tuple, range, deque; not str/bytes/bytearray)") \
    X(MATCH_KEYS, 0, "[o keys] -> [o keys values] values: tuple of o.get(k) for each key, or None when one is missing (ValueError on a repeated key)") \
    X(MATCH_CLASS, 0, "arg=npositional: [o cls kwnames] -> [attrs] tuple of the positional (cls.__match_args__) then keyword attributes, or None when no match") \
    /* ---- except* (PEP 654; sequence in interp/compile_try.c) ---- */ \
    X(CHECK_EG_MATCH, 0, "[exc T] -> [rest match] when exc (partly) matches except* T (handled_exc = match), else [exc None]; TypeError for a bad T") \
    X(PREP_RERAISE_STAR, 0, "[orig raised_list] -> [exception to re-raise, or None]")

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

/* True when the opcode's argument is a jump target (an instruction index). */
bool opcode_has_target(int op);
/* True when execution never falls through to the next instruction. */
bool opcode_is_terminator(int op);
/* Net value-stack change of one instruction; `jump` selects the effect when
 * the jump is taken (for SETUP_* the effect seen at the handler). */
int opcode_stack_effect(int op, int arg, bool jump);

#endif
