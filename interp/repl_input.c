/* repl_input.c: the prompt's line reader.  On a terminal, lines are edited
 * with libedit through its callback interface, so that Ctrl-C at the prompt
 * interrupts the wait (KeyboardInterrupt and a fresh prompt); history is kept
 * in ~/.gilpy_history.  Otherwise (gilpy -i with a pipe) lines are read byte
 * by byte from fd 0 -- nothing is read ahead of what the program itself may
 * read from sys.stdin -- and the prompts go to stderr, as CPython does.
 * input() on a terminal reads through here too (terminal_readline). */
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>
#include <editline/readline.h>
#include "repl_internal.h"
#include "api.h"
#include "err.h"
#include "io.h"
#include "str.h"

#define HISTORY_LENGTH 1000

/* The line libedit hands to the callback (NULL at end of input). */
static char *cb_line;
static bool cb_done;

static void on_line(char *line) {
    cb_line = line;
    cb_done = true;
    rl_callback_handler_remove();
}

/* A line from the terminal through libedit; *out is malloc'd. */
static enum ReadStatus read_tty(const char *prompt, char **out) {
    cb_line = NULL;
    cb_done = false;
    rl_callback_handler_install(prompt, on_line);
    int fd = fileno(rl_instream ? rl_instream : stdin);
    while (!cb_done) {
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(fd, &fds);
        int r = select(fd + 1, &fds, NULL, NULL, NULL);
        if (r < 0 && errno == EINTR) {
            if (!signals_take_interrupt()) continue;
            rl_free_line_state();
            rl_callback_handler_remove();
            return READ_INTERRUPT;
        }
        if (r < 0) {
            rl_callback_handler_remove();
            return READ_EOF;
        }
        rl_callback_read_char();
    }
    *out = cb_line;
    return cb_line ? READ_LINE : READ_EOF;
}

/* libedit's settings, made once: gilpy handles the signals itself. */
static void libedit_setup(void) {
    static bool done;
    if (done) return;
    done = true;
    rl_readline_name = "gilpy";
    rl_catch_signals = 0;
    rl_instream = stdin;
    rl_outstream = stdout;
    /* libedit edits multibyte characters only under a UTF-8 LC_CTYPE; like
     * CPython (PEP 538), the plain C locale is taken as C.UTF-8 */
    const char *loc = setlocale(LC_CTYPE, "");
    if (loc == NULL || strcmp(loc, "C") == 0 || strcmp(loc, "POSIX") == 0)
        setlocale(LC_CTYPE, "C.UTF-8");
    repl_complete_setup(NULL);
    using_history();
    stifle_history(HISTORY_LENGTH);
}

char *terminal_readline(const char *prompt) {
    libedit_setup();
    char *line = NULL;
    enum ReadStatus st = read_tty(prompt, &line);
    if (st == READ_INTERRUPT) {
        err_set_none(&Exc_KeyboardInterrupt);
        return NULL;
    }
    if (st == READ_LINE && line[strspn(line, " \t")] != '\0') add_history(line);
    return st == READ_LINE ? line : NULL;
}

/* A line from fd 0 read a byte at a time, the prompt written to stderr. */
static enum ReadStatus read_raw(const char *prompt, char **out) {
    fputs(prompt, stderr);
    fflush(stderr);
    size_t cap = 128, n = 0;
    char *buf = malloc(cap);
    if (buf == NULL) return READ_EOF;
    for (;;) {
        char c;
        ssize_t r = read(0, &c, 1);
        if (r < 0 && errno == EINTR) {
            if (!signals_take_interrupt()) continue;
            free(buf);
            return READ_INTERRUPT;
        }
        if (r <= 0) {
            if (n > 0) break;   /* a last line without its newline */
            free(buf);
            return READ_EOF;
        }
        if (c == '\n') break;
        if (n + 1 >= cap) {
            char *p = realloc(buf, cap *= 2);
            if (p == NULL) { free(buf); return READ_EOF; }
            buf = p;
        }
        buf[n++] = c;
    }
    buf[n] = '\0';
    *out = buf;
    return READ_LINE;
}

/* str(sys.<name>), or `dflt` when sys has no such attribute. */
static char *prompt_text(const char *name, const char *dflt) {
    Obj *p = sys_get_object(name);
    Obj *s = p ? obj_str(p) : NULL;
    if (s == NULL) {
        err_clear();
        return strdup(dflt);
    }
    char *text = strndup(str_data(s), str_size(s));
    DECREF(s);
    return text;
}

void flush_std_streams(void) {
    const char *names[] = {"stdout", "stderr"};
    for (int i = 0; i < 2; i++) {
        Obj *f = sys_get_object(names[i]);
        if (f != NULL && f != NONE && io_flush_obj(f) < 0) err_clear();
    }
}

enum ReadStatus reader_line(Reader *rd, bool continuation, char **out) {
    flush_std_streams();
    char *prompt = continuation ? prompt_text("ps2", "... ") : prompt_text("ps1", ">>> ");
    enum ReadStatus st = rd->tty ? read_tty(prompt ? prompt : "", out)
                                 : read_raw(prompt ? prompt : "", out);
    free(prompt);
    if (st == READ_LINE && rd->tty && (*out)[strspn(*out, " \t")] != '\0') add_history(*out);
    return st;
}

void reader_open(Reader *rd) {
    rd->tty = isatty(0) && isatty(1);
    rd->history_path = NULL;
    if (!rd->tty) return;
    libedit_setup();
    const char *home = getenv("HOME");
    if (home != NULL && home[0] != '\0' && asprintf(&rd->history_path, "%s/.gilpy_history", home) >= 0)
        read_history(rd->history_path);
}

void reader_close(Reader *rd) {
    if (rd->history_path) write_history(rd->history_path);
    free(rd->history_path);
}
