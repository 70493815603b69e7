/* io_internal.h: what the io_*.c files share and nobody else needs. */
#ifndef GILPY_IO_INTERNAL_H
#define GILPY_IO_INTERNAL_H

#include "io.h"

extern Type UnsupportedOperationType;   /* io.UnsupportedOperation */
/* The in-memory streams (io_stringio.c, io_bytesio.c). */
extern Type StringIOType, BytesIOType;
/* StringIO.write(str) on an open StringIO (the argument a str); -1 on error. */
int stringio_write_str(Obj *self, Obj *str);
/* print()'s fast path to an exact StringIO: UTF-8 text; -1 on error. */
int stringio_write_utf8(Obj *self, const char *utf8, size_t size);
/* The __dict__ of an in-memory stream, made on first use (io_module.c). */
Obj *io_dict_get(Obj **slot);

/* What BytesIO and StringIO share (io_memory.c). */
/* Makes a stream's buffer hold need bytes (growing it by doubling from
 * 64); 0, or -1 with MemoryError. */
int io_mem_grow(char **buf, size_t *cap, size_t need);
static inline int io_mem_reserve(char **buf, size_t *cap, size_t need) {
    return need <= *cap ? 0 : io_mem_grow(buf, cap, need);
}
/* The optional size argument of read(), readline(), readlines() and
 * truncate() of class cls: 1 with *size set when it is an int, 0 with
 * *size = -1 when it is missing or None, -1 on error (CPython's messages). */
int io_mem_size_arg(const char *cls, const char *fname, Obj *const *args, size_t nargs,
                    Obj *kwnames, intptr_t *size);
/* seek(pos, whence=0)'s two ints; 0 or -1. */
int io_mem_seek_args(const char *cls, Obj *const *args, size_t nargs, Obj *kwnames,
                     intptr_t *pos, intptr_t *whence);
/* __setstate__: the position item (an int) in *at, ValueError when
 * negative; the dict item (None or a dict) merged into the __dict__ at
 * *slot, made if needed. 0 or -1. */
int io_mem_state_pos(Obj *pos, intptr_t *at);
int io_mem_state_dict(Obj **slot, Obj *d);
/* writelines(lines): write(line) for each, through the C function when
 * direct, else through the instance's write method. */
typedef Obj *(*IoWriteFn)(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *io_mem_writelines(Obj *self, Obj *lines, IoWriteFn write, bool direct);
/* fileno() and detach(): io.UnsupportedOperation. */
Obj *io_mem_fileno(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *io_mem_detach(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

int io_close(FileObj *f);
/* Frees the read and write buffers (after closing). */
void io_free_buffers(FileObj *f);
/* Closed, detached, or made over a binary file that was closed since. */
static inline bool io_is_closed(const FileObj *f) {
    return f->closed || (f->wrapped != NULL && ((const FileObj *)f->wrapped)->closed);
}
/* A file object of type over fd (io.c); encoding NULL for binary files. */
Obj *io_file_new(Type *type, int fd, Obj *name, Obj *mode, Obj *encoding);
/* The mode a binary file reports, normalised as CPython's FileIO does. */
const char *io_binary_mode_name(bool created, bool appending, bool readable, bool writable);
/* The constructors of the file types and TextIOWrapper.detach() (io_ctor.c). */
Obj *io_text_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames);
int io_text_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *io_m_detach(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *io_text_newlines(Obj *self);
Obj *io_fileio_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *io_buffered_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames);
int io_check_readable(FileObj *f);
int io_check_writable(FileObj *f);
/* Gives back unread buffered input (lseek back over it) before a write or
 * a seek, so the descriptor's position is the file object's. */
int io_drop_read_buffer(FileObj *f);

/* open()'s encoding (an IO_* codec) and newline (an IO_NL_* mode) arguments;
 * -1 with LookupError/TypeError/ValueError (io.c). */
int io_codec_of(Obj *encoding);
int io_newline_of(Obj *newline);

/* Methods (io_read.c, io_write.c, io_text.c). */
Obj *io_m_reconfigure(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *io_m_read(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *io_m_readline(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *io_m_readlines(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *io_m_readinto(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *io_m_write(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *io_m_writelines(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *io_m_seek(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *io_m_tell(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *io_m_truncate(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

#endif
