/* compile_try.c: code generation for try/except/else/finally, with, raise
 * and assert, and the "unwinding" of these blocks by return/break/continue.
 *
 * EXACT EMITTED SEQUENCES (the VM in interp/vm.c relies on them; protocol of
 * SETUP_FINALLY / EXCEPT_HANDLER blocks in interp/opcodes.h).  At a handler
 * the stack is [... prev_exc exc] and an EXCEPT_HANDLER block is active.
 *
 * try: B  except T1 as n: H1  except: H2  else: E
 *         SETUP_FINALLY L_exc
 *         <B>
 *         POP_BLOCK
 *         <E>
 *         JUMP_FORWARD L_end
 *   L_exc:                                  [prev exc]
 *         <T1>                              [prev exc T1]
 *         JUMP_IF_NOT_EXC_MATCH L_next      [prev exc]
 *         STORE n                           [prev]
 *         SETUP_FINALLY L_clean             (so that n is deleted on any exit)
 *         <H1>
 *         POP_BLOCK
 *         POP_EXCEPT                        []
 *         LOAD_CONST None; STORE n; DELETE n
 *         JUMP_FORWARD L_end
 *   L_clean:                                [prev prev2 exc2]
 *         LOAD_CONST None; STORE n; DELETE n
 *         RERAISE                           (unwinding restores handled_exc)
 *   L_next:                                 [prev exc]
 *         POP_TOP                           [prev]   (bare except / no `as`)
 *         <H2>
 *         POP_EXCEPT                        []
 *         JUMP_FORWARD L_end
 *   (when the last handler has a type:)     [prev exc]
 *         RERAISE                           no handler matched
 *   L_end:
 *
 * try: B  finally: F
 *         SETUP_FINALLY L_fin
 *         <B>
 *         POP_BLOCK
 *         <F>                               (normal-path copy)
 *         JUMP_FORWARD L_end
 *   L_fin:                                  [prev exc]
 *         <F>                               (exceptional copy; handled_exc = exc)
 *         RERAISE
 *   L_end:
 * try/except/finally nests the try/except above inside the try/finally.
 *
 * with A as x: B          (several items nest, left to right)
 *         <A>                               [cm]
 *         SETUP_WITH L_exc                  [exit res]
 *         STORE x   (or POP_TOP)            [exit]
 *         <B>
 *         POP_BLOCK
 *         LOAD_CONST None; LOAD_CONST None; LOAD_CONST None
 *         CALL_FUNCTION 3                   [exit(None, None, None)]
 *         POP_TOP                           []
 *         JUMP_FORWARD L_end
 *   L_exc:                                  [exit prev exc]
 *         WITH_EXCEPT_START                 [exit prev exc res]
 *         POP_JUMP_IF_TRUE L_supp           [exit prev exc]
 *         RERAISE
 *   L_supp:
 *         POP_TOP; POP_EXCEPT; POP_TOP      []
 *   L_end:
 *
 * async with A as x: B
 *         <A>; BEFORE_ASYNC_WITH; GET_AWAITABLE 1; LOAD_CONST None; YIELD_FROM
 *         SETUP_ASYNC_WITH L_exc            [aexit res]
 *         STORE x (or POP_TOP); <B>; POP_BLOCK
 *         LOAD_CONST None x3; CALL_FUNCTION 3;
 *         GET_AWAITABLE 2; LOAD_CONST None; YIELD_FROM; POP_TOP
 *         JUMP_FORWARD L_end
 *   L_exc:  WITH_EXCEPT_START; GET_AWAITABLE 2; LOAD_CONST None; YIELD_FROM
 *         POP_JUMP_IF_TRUE L_supp; RERAISE
 *   L_supp: POP_TOP; POP_EXCEPT; POP_TOP
 *
 * async for x in A: B else: E
 *         <A>; GET_AITER                    [aiter]
 *   L_top: SETUP_FINALLY L_end_for
 *         GET_ANEXT; LOAD_CONST None; YIELD_FROM   [aiter value]
 *         POP_BLOCK
 *         STORE x; <B>; JUMP_ABSOLUTE L_top
 *   L_end_for:                              [aiter prev exc]
 *         END_ASYNC_FOR                     []  (re-raises other exceptions)
 *         <E>
 *
 * Leaving blocks early (return, break, continue), innermost first:
 *   for loop:        POP_TOP the iterator (under a returned value: ROT_TWO first)
 *   try body (except or finally):   POP_BLOCK, then for finally an inline <F>
 *   with body:       POP_BLOCK, (ROT_TWO if a value is returned), the normal
 *                    exit(None, None, None) call, POP_TOP (async: + await)
 *   except handler:  [prev] -> (ROT_TWO under a returned value) POP_EXCEPT;
 *                    with `as n`: POP_BLOCK first and `n = None; del n` after
 *   finally handler: [prev exc] -> POP_TOP, POP_EXCEPT
 *                    (under a returned value: ROT_THREE, POP_TOP, POP_EXCEPT)
 *   `return` computes its value first, unwinds everything, then RETURN_VALUE;
 *   a returned constant is loaded after unwinding instead.
 */
