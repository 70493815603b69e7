/* vm_internal.h: what the VM's files (vm.c, vm_call.c, vm_ops.c,
 * vm_entry.c) share with each other and nobody else. */
#ifndef GILPY_VM_INTERNAL_H
#define GILPY_VM_INTERNAL_H

#include "frame.h"
#include "vm.h"
#include "err.h"

/* Runs `f` (pushed, marked is_entry) and the Python frames it calls until
 * it returns; pops it.  Returns its value or NULL with an exception set. */
Obj *vm_run(VMThread *vt, Frame *f);

/* Where C code enters the VM (a C function calling Python, a generator
 * resumed, module code run): RecursionError instead of overflowing the C
 * stack when deep C recursion (map, sorted keys, ...) nears its end. */
static inline int vm_check_c_stack(VMThread *vt) {
    if (__builtin_expect((char *)__builtin_frame_address(0) < vt->stack_limit, 0)) {
        err_set_str(&Exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    return 0;
}

/* Prepares a code object on its first run (cache table, cell counts). */
int vm_prepare_code(CodeObj *co);

/* Pushes a frame for calling Python function fn with a vector call (args
 * borrowed), binding the arguments and making the cells.  Checks the
 * recursion limit.  NULL with an exception set on failure. */
Frame *vm_frame_for_call(VMThread *vt, Obj *fn, Obj *const *args, size_t nargs, Obj *kwnames);
/* Code flags whose functions return a generator/coroutine when called. */
#define CO_GEN_FLAGS (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)

/* ---- generators (vm_gen.c) ---------------------------------------------- */
typedef struct GenObj {
    Obj ob;
    Frame *frame;            /* heap frame (frame->gen == this); NULL once finished */
    CodeObj *code;           /* owned */
    Obj *name, *qualname;    /* str, owned */
    Obj *exc_state;          /* the exception its frame was handling when it yielded */
    bool running;
    bool started;
    bool running_async;      /* async generator: an asend/athrow awaitable is in progress */
    bool has_origin;         /* coroutine: its cr_origin is in vm_coro.c's table */
} GenObj;
extern Type GenType;
/* gi_frame / cr_frame / ag_frame: a frame object, None once finished. */
Obj *vm_gen_get_frame(Obj *o);
/* Records the running frames (the coroutine's creator and its callers) as
 * g's cr_origin; -1 with an exception. */
int vm_coro_record_origin(GenObj *g);
/* Makes a generator owning frame f (whose function bound its arguments). */
Obj *vm_gen_new(Frame *f, Obj *name, Obj *qualname);
/* Resumes g with `value` pushed (or, throwing, with the current exception
 * raised at the suspension point).  Returns the yielded value with *done
 * false, or the return value with *done true, or NULL with an exception. */
Obj *vm_gen_resume(GenObj *g, Obj *value, bool throwing, bool *done);
/* Called by the eval loop when a generator's frame finishes. */
void vm_gen_frame_done(Frame *f);
/* "generator", "coroutine" or "async generator" (for messages). */
const char *vm_gen_kind(const GenObj *g);
/* throw() of exception instance exc (stolen) into g, through its delegate. */
Obj *vm_gen_throw_exc(GenObj *g, Obj *exc, bool *done);
/* close(): GeneratorExit thrown in; new None or NULL with an exception. */
Obj *vm_gen_close_impl(GenObj *g);
/* What g, suspended in YIELD_FROM (await), delegates to (borrowed) or NULL. */
Obj *vm_gen_delegate(GenObj *g);
/* The send/throw/close methods and the dealloc the generator-like types share. */
Obj *vm_gen_send(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *vm_gen_throw(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *vm_gen_close(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
void vm_gen_dealloc(Obj *o);
/* throw(type[, value[, tb]])'s arguments -> exception instance (new). */
Obj *vm_make_thrown(Obj *type, Obj *value, Obj *tb);

/* ---- coroutines and async generators (vm_coro.c) ------------------------ */
/* Both have GenObj's layout; coroutines warn when dropped never started. */
extern Type CoroType, AsyncGenType;
/* The iterator `await o` delegates to (new reference): a coroutine itself,
 * else o.__await__().  where: 0 await, 1 after __aenter__, 2 after __aexit__. */
Obj *vm_get_awaitable(Obj *o, int where);
Obj *vm_get_aiter(Obj *o);                 /* o.__aiter__(), checked */
Obj *vm_get_anext(Obj *aiter);             /* awaitable of aiter.__anext__() */
int vm_before_async_with(Obj *cm, Obj **aexit_out, Obj **aenter_res);

/* Ends a frame that vm_frame_for_call or vm_frame_for_code pushed. */
void vm_frame_leave(VMThread *vt, Frame *f);
/* Pushes a frame for module or class-body code running in the given
 * namespaces; builtins are found from globals. */
Frame *vm_frame_for_code(VMThread *vt, CodeObj *co, Obj *globals, Obj *locals, Obj *closure);

/* The builtins dict for a globals dict: globals['__builtins__'] or the
 * interpreter's (borrowed). */
Obj *vm_builtins_of(Obj *globals);
/* "name()" the way CPython names a callable in call error messages:
 * "__main__.f()" for a function, "print()" for a builtin. */
Obj *vm_function_str(Obj *func);

/* ---- slower opcode bodies (vm_ops.c) ---------------------------------- */
int vm_unpack_sequence(Obj *seq, size_t n, Obj **out);   /* out[0] = last item */
int vm_unpack_ex(Obj *seq, size_t before, size_t after, Obj **out);
Obj *vm_import_name(Frame *f, Obj *name, Obj *fromlist, Obj *level);
Obj *vm_import_from(Obj *module, Obj *name);
int vm_import_star(Obj *module, Obj *locals);
int vm_exc_match(Obj *exc, Obj *type);                  /* 1, 0, -1 */
Obj *vm_make_exception(Obj *v, bool cause);             /* class or instance -> instance */
int vm_raise(Obj *exc, Obj *cause);                     /* steals both; always -1 */
Obj *vm_make_function(Obj *code, Obj *qualname, Obj **extra, int flags, Obj *globals, Obj *builtins);
Obj *vm_format_value(Obj *v, int conv, Obj *spec);
Obj *vm_build_string(Obj **items, size_t n);
Obj *vm_build_map(Obj **items, size_t n);
Obj *vm_build_const_key_map(Obj **values, Obj *keys);
int vm_list_extend(Obj *list, Obj *it);
int vm_dict_update(Obj *dict, Obj *m);
int vm_dict_merge(Obj *func, Obj *dict, Obj *m);
Obj *vm_call_ex(Obj *func, Obj *args, Obj *kwargs);
int vm_print_expr(Obj *v);
Obj *vm_load_name(Frame *f, Obj *name);
int vm_setup_with(Obj *cm, Obj **exit_out, Obj **enter_res);
Obj *vm_with_exit_call(Obj *exit, Obj *exc);
int vm_setup_annotations(Obj *locals);
Obj *vm_load_build_class(Obj *builtins);
void vm_name_error(Obj *name);
void vm_unbound_local(CodeObj *co, int slot);
void vm_unbound_deref(CodeObj *co, int slot);

#endif
