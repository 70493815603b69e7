/* exceptions.h: the built-in exception hierarchy and exception objects.
 *
 * One table lists every built-in exception type with its base, so adding one
 * is a one-line change.  Each entry defines a static `Type Exc_<Name>`.
 */
#ifndef GILPY_EXCEPTIONS_H
#define GILPY_EXCEPTIONS_H

#include "object.h"

/* X(Name, Base) in CPython 3.11's hierarchy order (a base precedes its subclasses). */
#define EXCEPTION_TABLE(X) \
    X(BaseException, Object) \
    X(SystemExit, BaseException) \
    X(KeyboardInterrupt, BaseException) \
    X(GeneratorExit, BaseException) \
    X(Exception, BaseException) \
    X(StopIteration, Exception) \
    X(StopAsyncIteration, Exception) \
    X(ArithmeticError, Exception) \
    X(FloatingPointError, ArithmeticError) \
    X(OverflowError, ArithmeticError) \
    X(ZeroDivisionError, ArithmeticError) \
    X(AssertionError, Exception) \
    X(AttributeError, Exception) \
    X(BufferError, Exception) \
    X(EOFError, Exception) \
    X(ImportError, Exception) \
    X(ModuleNotFoundError, ImportError) \
    X(LookupError, Exception) \
    X(IndexError, LookupError) \
    X(KeyError, LookupError) \
    X(MemoryError, Exception) \
    X(NameError, Exception) \
    X(UnboundLocalError, NameError) \
    X(OSError, Exception) \
    X(BlockingIOError, OSError) \
    X(ChildProcessError, OSError) \
    X(ConnectionError, OSError) \
    X(BrokenPipeError, ConnectionError) \
    X(ConnectionAbortedError, ConnectionError) \
    X(ConnectionRefusedError, ConnectionError) \
    X(ConnectionResetError, ConnectionError) \
    X(FileExistsError, OSError) \
    X(FileNotFoundError, OSError) \
    X(InterruptedError, OSError) \
    X(IsADirectoryError, OSError) \
    X(NotADirectoryError, OSError) \
    X(PermissionError, OSError) \
    X(ProcessLookupError, OSError) \
    X(TimeoutError, OSError) \
    X(ReferenceError, Exception) \
    X(RuntimeError, Exception) \
    X(NotImplementedError, RuntimeError) \
    X(RecursionError, RuntimeError) \
    X(SyntaxError, Exception) \
    X(IndentationError, SyntaxError) \
    X(TabError, IndentationError) \
    X(SystemError, Exception) \
    X(TypeError, Exception) \
    X(ValueError, Exception) \
    X(UnicodeError, ValueError) \
    X(UnicodeDecodeError, UnicodeError) \
    X(UnicodeEncodeError, UnicodeError) \
    X(UnicodeTranslateError, UnicodeError) \
    X(Warning, Exception) \
    X(DeprecationWarning, Warning) \
    X(PendingDeprecationWarning, Warning) \
    X(RuntimeWarning, Warning) \
    X(SyntaxWarning, Warning) \
    X(UserWarning, Warning) \
    X(FutureWarning, Warning) \
    X(ImportWarning, Warning) \
    X(UnicodeWarning, Warning) \
    X(BytesWarning, Warning) \
    X(ResourceWarning, Warning) \
    X(EncodingWarning, Warning)

#define X(name, base) extern Type Exc_##name;
EXCEPTION_TABLE(X)
#undef X

/* Every exception instance starts like this.  Subtypes with extra fields
 * (SystemExit.code, StopIteration.value, OSError.errno, SyntaxError.*,
 * ImportError.name) extend it in exceptions.c. */
typedef struct ExcObj {
    Obj ob;
    Obj *dict;               /* instance __dict__ or NULL */
    Obj *args;               /* tuple */
    Obj *traceback;          /* traceback object or NULL */
    Obj *cause;              /* __cause__ or NULL */
    Obj *context;            /* __context__ or NULL */
    Obj *notes;              /* __notes__ list or NULL */
    bool suppress_context;
} ExcObj;

static inline bool is_exception(const Obj *o) { return type_has(TYPE(o), TF_EXC_SUBCLASS); }
/* Creates an instance of `type` called with the given args (new reference). */
Obj *exc_new(Type *type, Obj *const *args, size_t nargs);
/* Sets .obj and .name of the current exception when it is an AttributeError
 * (NameError: .name only, obj NULL). */
void exc_attribute_error_set_context(Obj *obj, Obj *name);

/* ---- exception groups (exceptions_group.c) ---- */
/* BaseExceptionGroup(BaseException) and ExceptionGroup(BaseExceptionGroup,
 * Exception): not in the table, ExceptionGroup has two bases. */
extern Type Exc_BaseExceptionGroup, Exc_ExceptionGroup;
bool is_exception_group(const Obj *o);
Obj *exc_group_exceptions(Obj *eg);      /* its tuple of members (borrowed) */
/* BaseExceptionGroup(msg, excs): an ExceptionGroup when every item is an
 * Exception (new reference). */
Obj *exc_group_new(Obj *msg, Obj *excs);
/* except* T: TypeError unless T is an exception class or a tuple of them,
 * none of them an exception group.  0 or -1. */
int exc_check_except_star_type(Obj *type);
/* Splits exc (an exception or None) by except* type T: *match is None, a
 * group (a naked exception is wrapped in ExceptionGroup('', (exc,))), and
 * *rest what is left (None when nothing).  New references; -1 on error. */
int exc_group_match(Obj *exc, Obj *type, Obj **match, Obj **rest);
/* After the except* clauses: the exception to raise (new reference; None
 * when everything was handled) from the original exception `orig` and the
 * list of what the clauses raised or re-raised (None items skipped),
 * the unhandled rest last. */
Obj *exc_prep_reraise_star(Obj *orig, Obj *excs);
int exceptions_group_init(void);

/* Readies all built-in exception types (and the main thread state). */
int exceptions_init(void);
/* Adds every built-in exception type to the builtins dict, with the
 * EnvironmentError/IOError aliases. */
int exceptions_add_builtins(Obj *builtins_dict);

#endif
