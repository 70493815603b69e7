/* io.h: file objects (the _io module's TextIOWrapper and BufferedReader/
 * BufferedWriter rolled into one type per mode) used by open() and by
 * sys.stdin/stdout/stderr. */
#ifndef GILPY_IO_H
#define GILPY_IO_H

#include <stdbool.h>
#include <stdint.h>
#include "object.h"

typedef struct FileObj {
    Obj ob;
    int fd;
    bool readable, writable, appending, binary, closed, closefd;
    bool line_buffering;        /* flush after a write holding '\n' */
    bool seekable;
    bool unbuffered;            /* open(..., buffering=0) */
    Obj *name;                  /* str (a path or "<stdout>") or int fd */
    Obj *mode;                  /* str as given to open(), e.g. "r", "wb" */
    Obj *encoding;              /* str for text files (as given), NULL for binary */
    Obj *errors;                /* str for text files ("strict" by default) */
    uint8_t codec;              /* IO_UTF8, IO_LATIN1 or IO_ASCII */
    uint8_t newline;            /* IO_NL_*: open()'s newline argument */
    /* write buffer: bytes not yet written to fd */
    char *wbuf;
    size_t wlen, wcap;
    /* read buffer: bytes read from fd not yet consumed: rbuf[rpos..rlen) */
    char *rbuf;
    size_t rpos, rlen, rcap;
    bool eof;                   /* the last read from fd returned 0 */
    /* A text file's .buffer and that buffer's text file share the descriptor
     * (a text flush flushes the buffer first, as the layers do in CPython):
     * text -> buffer is borrowed (the buffer clears it when it goes),
     * buffer -> text a reference. */
    struct FileObj *peer;
    /* The binary file a TextIOWrapper(buffer)/BufferedReader(raw)/... was
     * made over (a reference; .buffer/.raw return it, closing closes it),
     * or NULL for files open() made. */
    Obj *wrapped;
    bool detached;              /* detach() was called: every use raises */
} FileObj;

/* The encodings text files know; others are "unknown encoding". */
enum { IO_UTF8, IO_LATIN1, IO_ASCII };
/* newline=None (universal: "\r\n" and "\r" read as "\n"), "" (lines end at
 * any of them, untranslated), "\n", "\r", "\r\n" (lines end there; a written
 * "\n" becomes it). */
enum { IO_NL_UNIVERSAL, IO_NL_ANY, IO_NL_LF, IO_NL_CR, IO_NL_CRLF };

/* The text type "_io.TextIOWrapper", the buffered binary ones, and
 * "_io.FileIO" for unbuffered binary files (buffering=0). */
extern Type TextIOType, BufferedReaderType, BufferedWriterType, BufferedRandomType, FileIOType;
static inline bool is_file(const Obj *o) {
    Type *t = TYPE(o);
    return t == &TextIOType || t == &BufferedReaderType || t == &BufferedWriterType ||
           t == &BufferedRandomType || t == &FileIOType;
}

/* Makes the types ready. */
int io_init(void);
/* A UTF-8 text file object over an open descriptor (sys.stdin/stdout/stderr). */
Obj *io_from_fd(int fd, const char *name, const char *mode, const char *errors,
                bool line_buffering);
/* open(file, mode, ...) with open()'s arguments already bound (NULL for the
 * ones not given). */
Obj *io_open(Obj *file, Obj *mode, Obj *buffering, Obj *encoding, Obj *errors, Obj *newline,
             Obj *closefd, Obj *opener);
/* -u: every write to stdout/stderr goes out at once. */
void io_set_unbuffered(bool on);
extern bool io_unbuffered;

/* ---- used by print(), input() and the io methods ---------------------- */
/* Writes raw bytes to the file's buffer; -1 on error. */
int io_write_bytes(FileObj *f, const char *data, size_t len);
/* Writes UTF-8 text to a text file: newline translation, then encoding. */
int io_write_text(FileObj *f, const char *utf8, size_t len);
/* Writes a str to any file-like object: fast for FileObj, else .write(s). */
int io_write_str(Obj *file, Obj *s);
int io_write_cstr(Obj *file, const char *s);
int io_flush(FileObj *f);
/* Calls file.flush() on any file-like object; -1 with error. */
int io_flush_obj(Obj *file);
/* Reads one line (to '\n' included, or EOF) from a FileObj as a str (text)
 * or bytes; "" at EOF.  limit < 0: no limit. */
Obj *io_readline(FileObj *f, intptr_t limit);
/* Raises "I/O operation on closed file." when f is closed; -1. */
int io_check_open(FileObj *f);

#endif
