/* symtable_int.h: helpers shared by the two halves of the symbol table pass
 * (symtable.c: records and analysis; symtable_visit.c: the AST walk). */
#ifndef GILPY_SYMTABLE_INT_H
#define GILPY_SYMTABLE_INT_H

#include "symtable.h"

typedef Scope NameSet;   /* a scope used only as a set of names */

void *st_grow(void *arr, size_t *cap, size_t need, size_t elem);
const char *st_strdup(SymTable *st, const char *s);
Scope *st_new_scope(SymTable *st, BlockType type, const char *name, const void *key, Loc loc);
Symbol *st_symbol(Scope *s, const char *name);   /* finds or adds */
bool st_analyze(SymTable *st);

#endif
