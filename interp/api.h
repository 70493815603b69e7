/* api.h: the interpreter's public face, used by the CLI, stdlib/ modules and
 * unit tests.  stdlib/ reaches into interp/ only through this header.
 */
#ifndef GILPY_API_H
#define GILPY_API_H

#include "object.h"
#include "ast.h"

/* gilpy's own version, and the Python version whose behaviour it follows
 * (sys.version_info; `gilpy -V` prints both). */
#define GILPY_VERSION "0.1.0"
#define GILPY_PY_MAJOR 3
#define GILPY_PY_MINOR 11
#define GILPY_PY_MICRO 7
#define GILPY_PY_VERSION "3.11.7"
/* The compiler gilpy was built with, as the banner and sys.version name it. */
#if defined(__clang__)
#define GILPY_COMPILER "Clang " __clang_version__
#elif defined(__GNUC__)
#define GILPY_COMPILER "GCC " __VERSION__
#else
#define GILPY_COMPILER "C compiler"
#endif

/* ---- start-up (interp/init.c) ------------------------------------------ */
/* Readies every built-in type, the exceptions, builtins and sys.  argv is
 * what sys.argv should hold (argv[0] the script path, "-c", "-" or ""). */
int gilpy_init(int argc, char **argv);
/* Flushes stdout/stderr, runs exit hooks. Returns the process exit status. */
int gilpy_finalize(int status);

/* ---- compiling and running (interp/compile.c, interp/vm.c) ------------- */
/* Parses and compiles source into a code object; on a syntax error raises
 * SyntaxError (IndentationError, TabError) with filename, line, offset, text. */
Obj *compile_source(const char *src, size_t len, const char *filename, ParseMode mode);
/* Compiles an AST that parse_source produced (for the REPL and unit tests). */
Obj *compile_ast(Module *mod, const char *filename, ParseMode mode);
/* Runs a module-level code object with the given globals (and locals, which
 * may be NULL for "same as globals").  Returns the value (None for modules). */
Obj *eval_code(Obj *code, Obj *globals, Obj *locals);
/* Runs a whole file's source as __main__ (or as the module whose dict is
 * `globals`).  Returns None or NULL with the exception set. */
Obj *run_source(const char *src, size_t len, const char *filename, Obj *globals);

/* ---- the running frame (interp/vm.c), for globals(), locals(), vars(),
 * dir(), exec() and eval() ------------------------------------------------ */
/* The innermost running Python frame's globals dict (borrowed), or NULL
 * when no Python code is running. */
Obj *frame_current_globals(void);
/* A dict of the innermost frame's locals, as CPython's locals(): the locals
 * mapping itself at module/class level, a fresh snapshot of the fast locals
 * in a function (new reference); NULL without exception when no frame runs. */
Obj *frame_current_locals(void);

/* ---- exceptions at top level (runtime/exceptions.c, interp/traceback.c) - */
/* Prints exc with its traceback and chained exceptions to sys.stderr in
 * CPython's exact format. */
void print_exception(Obj *exc);
/* Handles an uncaught exception at top level: SystemExit -> its code;
 * anything else -> printed, status 1.  Consumes the current exception. */
int handle_uncaught(void);

/* ---- modules (interp/import.c, stdlib/modules.c) ----------------------- */
/* The `import` statement: __import__(name, globals, fromlist, level). */
Obj *import_module_level(Obj *name, Obj *globals, Obj *fromlist, int level);
Obj *import_module_cstr(const char *name);
Obj *builtins_dict(void);   /* borrowed: the builtins module's dict */
Obj *sys_modules(void);     /* borrowed: sys.modules */
/* sys.stdout / sys.stderr objects (borrowed), for print and tracebacks. */
Obj *sys_get_object(const char *name);

/* ---- the terminal (interp/repl.c) ------------------------------------- */
/* Reads a line from the terminal with libedit's editing and history (for
 * input() on a tty): the malloc'd line without its newline, or NULL at end
 * of input (Ctrl-D) -- or on Ctrl-C, with KeyboardInterrupt set. */
char *terminal_readline(const char *prompt);

/* ---- Ctrl-C (interp/interrupt.c) --------------------------------------- */
/* Installs the SIGINT handler: Ctrl-C raises KeyboardInterrupt in the
 * running code at its next eval-breaker check (main.c calls it). */
void signals_install(void);
/* For blocking calls interrupted by EINTR (and the eval breaker): runs the
 * Python handlers of pending signals on the main thread; -1 with the
 * exception set if one raised (KeyboardInterrupt for Ctrl-C), else 0. */
int signals_check(void);
/* Clears a pending Ctrl-C and tells whether there was one (the REPL's reader). */
bool signals_take_interrupt(void);
/* The main thread just took the GIL: sets the eval-breaker bit again if a
 * Ctrl-C arrived while another thread was running. */
void signals_rearm(void);
/* The signal module's side (stdlib/signal.c, stdlib/posix_proc.c): */
/* Whether the caller is the main thread, the one that runs the handlers. */
bool signals_is_main_thread(void);
/* Routes `sig` to the recording C handler, so its Python handler runs at the
 * next check; -1 with errno on failure (sigaction's). */
int signals_catch(int sig);
/* Whether `sig` currently goes to the recording C handler. */
bool signals_is_caught(int sig);
/* Sets the function that runs a signal's Python handler (0, or -1 with an
 * exception); signals_check() calls it for each pending signal. */
void signals_set_dispatch(int (*dispatch)(int sig));
/* The descriptor the C handler writes each signal's number to (-1: none);
 * returns the previous one. */
int signals_set_wakeup_fd(int fd);
/* In the child after fork(): the forking thread becomes the main thread and
 * signals pending in the parent are forgotten. */
void signals_after_fork_child(void);

/* ---- frame objects (stdlib/sys_frame.c) -------------------------------- */
/* A frame object (as sys._getframe makes) for the suspended frame of a
 * generator or coroutine: gi_frame, cr_frame, ag_frame.  `started` false
 * puts it at the def line, where CPython's unstarted frames are. */
struct Frame;
Obj *frame_object_of_suspended(const struct Frame *fr, bool started);

/* ---- processes (interp/gil.c, stdlib/thread.c) ------------------------- */
/* In the child right after fork(): a fresh GIL held by the only surviving
 * thread (the caller), thread bookkeeping and internal locks reset. */
void interp_after_fork_child(void);

#endif
