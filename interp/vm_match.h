/* vm_match.h: helpers of the match-statement opcodes (interp/vm_match.c). */
#ifndef GILPY_VM_MATCH_H
#define GILPY_VM_MATCH_H

#include "object.h"

/* MATCH_SEQUENCE / MATCH_MAPPING: does a sequence (mapping) pattern accept
 * o's type at all?  1 or 0; -1 with an exception (a class of ours is
 * checked against collections.abc.Sequence/Mapping when that is loaded). */
int vm_match_is_sequence(Obj *o);
int vm_match_is_mapping(Obj *o);
/* MATCH_KEYS: a tuple of map's values for keys (a tuple), None (new
 * reference) when one is missing, NULL with an exception. */
Obj *vm_match_keys(Obj *map, Obj *keys);
/* MATCH_CLASS: the tuple of subject's attributes for nargs positional
 * sub-patterns (through cls.__match_args__) and the keyword names kwnames,
 * None when subject is not an instance or lacks one, NULL on error. */
Obj *vm_match_class(Obj *subject, Obj *cls, Obj *kwnames, size_t nargs);

#endif
