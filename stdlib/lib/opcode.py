"""opcode for gilpy: gilpy's own instruction set (interp/opcodes.h), which is
not CPython's: 32-bit words, opcode in the low byte and a 24-bit argument,
some opcodes followed by inline cache words, absolute jump targets counted in
words, CPython 3.10's block stack for exceptions."""

import _opcode

__all__ = ['cmp_op', 'hasconst', 'hasname', 'hasjrel', 'hasjabs', 'haslocal', 'hascompare',
           'hasfree', 'opname', 'opmap', 'HAVE_ARGUMENT', 'EXTENDED_ARG', 'cache_words']

opname = list(_opcode.opnames)
opmap = {name: number for number, name in enumerate(opname)}
cache_words = dict(enumerate(_opcode.cache_words))
cmp_op = ('<', '<=', '==', '!=', '>', '>=')
HAVE_ARGUMENT = 0          # every instruction word carries an argument field
EXTENDED_ARG = None        # gilpy has none: arguments are 24 bits

_NAME_OPS = ('LOAD_NAME', 'STORE_NAME', 'DELETE_NAME', 'LOAD_GLOBAL', 'STORE_GLOBAL',
             'DELETE_GLOBAL', 'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR', 'LOAD_METHOD',
             'IMPORT_NAME', 'IMPORT_FROM')
_LOCAL_OPS = ('LOAD_FAST', 'STORE_FAST', 'DELETE_FAST')
_FREE_OPS = ('LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLOSURE', 'LOAD_CLASSDEREF')

hasconst = [op for op, doc in enumerate(_opcode.docs) if doc.startswith('arg=const')]
hasname = [opmap[n] for n in _NAME_OPS if n in opmap]
haslocal = [opmap[n] for n in _LOCAL_OPS if n in opmap]
hasfree = [opmap[n] for n in _FREE_OPS if n in opmap]
hasjrel = []
hasjabs = [op for op, target in enumerate(_opcode.has_target) if target]
hascompare = [opmap[n] for n in ('COMPARE_OP',) if n in opmap]
docs = dict(zip(opname, _opcode.docs))
