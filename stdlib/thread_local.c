/* thread_local.c: _thread._local (threading.local), attributes that each
 * thread sees separately.
 *
 * An instance keeps one attribute dict per thread, in a dict keyed by the
 * thread's identity.  Every attribute access first installs the calling
 * thread's dict in the instance's __dict__ slot, then does the generic
 * lookup; no Python code runs between the two, so under the GIL the pair is
 * atomic.  A thread's first access makes its dict and calls __init__ again
 * with the constructor's arguments.
 *
 * A thread's dicts must go when it ends (a new thread may get the same
 * identity).  A thread that made a dict registers a pthread key whose
 * destructor, run at thread exit without the GIL, records the identity in a
 * mutex-guarded list; the next access from any thread (GIL held) drops the
 * recorded identities' dicts before looking its own up.  In a forked child
 * only the forking thread lives on: the dicts of all the others go too.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include "thread_internal.h"
#include "args.h"
#include "dict.h"
#include "err.h"
#include "exceptions.h"
#include "ident.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

typedef struct LocalObj {
    Obj ob;
    Obj *dict;                      /* the __dict__ slot: the dict selected last */
    Obj *dicts;                     /* {ident: dict} */
    Obj *init_args;                 /* tuple: positional then keyword values */
    Obj *init_kwnames;              /* tuple of str, or NULL */
    struct LocalObj *prev, *next;   /* every live instance */
} LocalObj;

static LocalObj *all_locals;

/* Identities of threads that ended (or, after a fork, of every thread but
 * the survivor), waiting to have their dicts dropped. */
static pthread_mutex_t ended_mutex = PTHREAD_MUTEX_INITIALIZER;
static unsigned long *ended;
static size_t nended, capended;
static atomic_bool ended_pending;
static atomic_bool drop_all_but_me;        /* set in a forked child */
static pthread_key_t exit_key;
static pthread_once_t exit_key_once = PTHREAD_ONCE_INIT;

static void thread_exiting(void *value) {
    unsigned long ident = (unsigned long)(uintptr_t)value;
    pthread_mutex_lock(&ended_mutex);
    if (nended == capended) {
        size_t cap = capended ? 2 * capended : 16;
        unsigned long *p = realloc(ended, cap * sizeof *p);
        if (p == NULL) {            /* the dicts stay; nothing else to do here */
            pthread_mutex_unlock(&ended_mutex);
            return;
        }
        ended = p;
        capended = cap;
    }
    ended[nended++] = ident;
    atomic_store(&ended_pending, true);
    pthread_mutex_unlock(&ended_mutex);
}

static void fork_child(void) {
    pthread_mutex_init(&ended_mutex, NULL);
    atomic_store(&drop_all_but_me, true);
    atomic_store(&ended_pending, true);
}

static void make_exit_key(void) {
    pthread_key_create(&exit_key, thread_exiting);
    pthread_atfork(NULL, NULL, fork_child);
}

/* Moves the dict of `key` out of every instance into `dead` (a list freed
 * by the caller once no instance is being walked). */
static int drop_ident(Obj *key, Obj *dead) {
    for (LocalObj *l = all_locals; l != NULL; l = l->next) {
        Obj *d = dict_get(l->dicts, key);
        if (d == NULL) continue;
        if (list_append(dead, d) < 0 || dict_del(l->dicts, key) < 0) return -1;
        if (l->dict == d) CLEAR(l->dict);
    }
    return 0;
}

/* Keeps only the calling thread's dicts (a forked child). */
static int keep_only_mine(Obj *dead) {
    Obj *mine = int_from_u64(thread_ident());
    if (mine == NULL) return -1;
    for (LocalObj *l = all_locals; l != NULL; l = l->next) {
        Obj *d = dict_get(l->dicts, mine);
        Obj *fresh = dict_new();
        if (fresh == NULL || (d != NULL && dict_set(fresh, mine, d) < 0) ||
            list_append(dead, l->dicts) < 0) {
            XDECREF(fresh);
            DECREF(mine);
            return -1;
        }
        SETREF(l->dicts, fresh);
        if (l->dict != d) CLEAR(l->dict);
    }
    DECREF(mine);
    return 0;
}

/* Drops the dicts of the threads that ended since the last call. */
static int collect_ended(void) {
    Obj *dead = list_new(0);
    if (dead == NULL) return -1;
    int rc = 0;
    if (atomic_exchange(&drop_all_but_me, false)) rc = keep_only_mine(dead);
    for (;;) {
        pthread_mutex_lock(&ended_mutex);
        unsigned long ident = 0;
        bool any = nended > 0;
        if (any) ident = ended[--nended];
        else atomic_store(&ended_pending, false);
        pthread_mutex_unlock(&ended_mutex);
        if (!any || rc < 0) break;
        Obj *key = int_from_u64(ident);
        if (key == NULL || drop_ident(key, dead) < 0) rc = -1;
        XDECREF(key);
    }
    DECREF(dead);                    /* finalizers of the values run now */
    return rc;
}

static bool runs_object_init(Type *t) { return t->init == ObjectType.init; }

/* Installs the calling thread's dict as the instance's __dict__, making it
 * (and running __init__) on the thread's first access. */
static int local_select(LocalObj *l) {
    if (atomic_load_explicit(&ended_pending, memory_order_relaxed) && collect_ended() < 0)
        return -1;
    unsigned long ident = thread_ident();
    Obj *key = int_from_u64(ident);
    if (key == NULL) return -1;
    Obj *d = dict_get(l->dicts, key);
    if (d != NULL) {
        DECREF(key);
        if (l->dict != d) SETREF(l->dict, NEWREF(d));
        return 0;
    }
    if (err_occurred() != NULL || (d = dict_new()) == NULL || dict_set(l->dicts, key, d) < 0) {
        XDECREF(d);
        DECREF(key);
        return -1;
    }
    SETREF(l->dict, d);
    pthread_once(&exit_key_once, make_exit_key);
    if (pthread_getspecific(exit_key) == NULL)
        pthread_setspecific(exit_key, (void *)(uintptr_t)ident);
    Type *t = TYPE((Obj *)l);
    if (!runs_object_init(t)) {
        size_t nkw = l->init_kwnames ? tuple_size(l->init_kwnames) : 0;
        size_t nargs = tuple_size(l->init_args) - nkw;
        Obj *self = NEWREF((Obj *)l);
        int rc = t->init(self, ((TupleObj *)l->init_args)->items, nargs, l->init_kwnames);
        if (rc < 0) {
            /* The next access in this thread tries __init__ again. */
            Obj *exc = err_fetch();
            if (dict_get(l->dicts, key) != NULL && dict_del(l->dicts, key) < 0) err_clear();
            err_set_obj(exc);
        }
        DECREF(self);
        DECREF(key);
        return rc < 0 ? -1 : 0;
    }
    DECREF(key);
    return 0;
}

static Obj *local_new(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    if ((nargs || nkw) && runs_object_init(type)) {
        err_set_str(&Exc_TypeError, "Initialization arguments are not supported");
        return NULL;
    }
    if (atomic_load_explicit(&ended_pending, memory_order_relaxed) && collect_ended() < 0)
        return NULL;
    LocalObj *l = (LocalObj *)obj_alloc(type, type->size);
    if (l == NULL) return NULL;
    l->dicts = dict_new();
    l->init_args = tuple_from_array(args, nargs + nkw);
    l->init_kwnames = kwnames ? NEWREF(kwnames) : NULL;
    l->next = all_locals;
    if (all_locals != NULL) all_locals->prev = l;
    all_locals = l;
    /* The creating thread's dict exists at once; type() calls __init__. */
    Obj *key = int_from_u64(thread_ident());
    l->dict = dict_new();
    if (l->dicts == NULL || l->init_args == NULL || key == NULL || l->dict == NULL ||
        dict_set(l->dicts, key, l->dict) < 0) {
        XDECREF(key);
        DECREF((Obj *)l);
        return NULL;
    }
    DECREF(key);
    pthread_once(&exit_key_once, make_exit_key);
    if (pthread_getspecific(exit_key) == NULL)
        pthread_setspecific(exit_key, (void *)(uintptr_t)thread_ident());
    return (Obj *)l;
}

static void local_dealloc(Obj *o) {
    LocalObj *l = (LocalObj *)o;
    if (l->prev != NULL) l->prev->next = l->next;
    else all_locals = l->next;
    if (l->next != NULL) l->next->prev = l->prev;
    CLEAR(l->dict);
    CLEAR(l->dicts);
    CLEAR(l->init_args);
    CLEAR(l->init_kwnames);
    obj_free(o);
}

static Obj *local_getattr(Obj *o, Obj *name) {
    if (local_select((LocalObj *)o) < 0) return NULL;
    return obj_generic_getattr(o, name);
}

static int local_setattr(Obj *o, Obj *name, Obj *value) {
    if (IS_TYPE(name, StrType) && strcmp(str_data(name), "__dict__") == 0) {
        err_format(&Exc_AttributeError, "'%s' object attribute '__dict__' is read-only",
                   TYPE(o)->name);
        return -1;
    }
    if (local_select((LocalObj *)o) < 0) return -1;
    return obj_generic_setattr(o, name, value);
}

/* The dunder methods, for subclasses that override one and call super(). */
static Obj *local_m_getattribute(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("__getattribute__", kwnames) < 0 ||
        args_count("__getattribute__", nargs, 1, 1) < 0)
        return NULL;
    if (!type_has(TYPE(args[0]), TF_STR_SUBCLASS)) {
        err_format(&Exc_TypeError, "attribute name must be string, not '%s'", TYPE(args[0])->name);
        return NULL;
    }
    return local_getattr(self, args[0]);
}

static Obj *local_m_setattr(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("__setattr__", kwnames) < 0 ||
        args_count("__setattr__", nargs, 2, 2) < 0)
        return NULL;
    if (!type_has(TYPE(args[0]), TF_STR_SUBCLASS)) {
        err_format(&Exc_TypeError, "attribute name must be string, not '%s'", TYPE(args[0])->name);
        return NULL;
    }
    return local_setattr(self, args[0], args[1]) < 0 ? NULL : NEWREF(NONE);
}

static Obj *local_m_delattr(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("__delattr__", kwnames) < 0 ||
        args_count("__delattr__", nargs, 1, 1) < 0)
        return NULL;
    if (!type_has(TYPE(args[0]), TF_STR_SUBCLASS)) {
        err_format(&Exc_TypeError, "attribute name must be string, not '%s'", TYPE(args[0])->name);
        return NULL;
    }
    return local_setattr(self, args[0], NULL) < 0 ? NULL : NEWREF(NONE);
}

static Obj *local_get_dict(Obj *o) {
    LocalObj *l = (LocalObj *)o;
    if (local_select(l) < 0) return NULL;
    if (l->dict == NULL && (l->dict = dict_new()) == NULL) return NULL;
    return NEWREF(l->dict);
}

static const MethodDef local_methods[] = {
    {"__getattribute__", local_m_getattribute},
    {"__setattr__", local_m_setattr},
    {"__delattr__", local_m_delattr},
    {NULL},
};

static const GetSetDef local_getset[] = {
    {"__dict__", local_get_dict, NULL},
    {NULL},
};

Type LocalType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_thread._local",
    .size = sizeof(LocalObj),
    .base = &ObjectType,
    .flags = TF_BASETYPE,
    .dealloc = local_dealloc,
    .getattr = local_getattr,
    .setattr = local_setattr,
    .new_ = local_new,
    .methods = local_methods,
    .getset = local_getset,
    .doc = "Thread-local data",
    .dictoffset = offsetof(LocalObj, dict),
};
