/* collections_deque.h: collections.deque, a ring buffer in C
 * (collections_deque.c), used by collections and by asyncio's C core. */
#ifndef GILPY_COLLECTIONS_DEQUE_H
#define GILPY_COLLECTIONS_DEQUE_H

#include "object.h"

extern Type DequeType, DequeIterType;

#endif
