/* contextvars.h: the C side of contextvars (stdlib/contextvars.c) that other
 * C modules use: asyncio's Task and Future copy the current context and run
 * their steps and callbacks in a given one. */
#ifndef GILPY_CONTEXTVARS_H
#define GILPY_CONTEXTVARS_H

#include "object.h"

extern Type ContextType, ContextVarType, ContextTokenType;

static inline bool is_context(const Obj *o) { return !is_small(o) && o->type == &ContextType; }

/* contextvars.copy_context(): a new Context with the current one's
 * variables (new reference), or NULL with MemoryError. */
Obj *context_copy_current(void);
/* ctx.run(fn, *args): fn called with ctx as the current context. */
Obj *context_run(Obj *ctx, Obj *fn, Obj *const *args, size_t nargs, Obj *kwnames);

#endif
