"""dis for gilpy: the disassembly of gilpy's OWN bytecode.

gilpy compiles to its own instruction set (see the opcode module), so the
listing has CPython's layout (line, jump-target marker, offset, name,
argument and its meaning) but gilpy's instructions: offsets count 32-bit
words, inline cache words are skipped, and there is no RESUME, CACHE or
EXTENDED_ARG.  Do not expect CPython's instructions here."""

import collections
import sys
import types

from opcode import (opname, opmap, hasconst, hasname, haslocal, hasfree, hasjabs, hascompare,
                    cmp_op, cache_words)

__all__ = ['code_info', 'dis', 'disassemble', 'distb', 'disco', 'findlinestarts', 'findlabels',
           'show_code', 'get_instructions', 'Instruction', 'Bytecode', 'opname', 'opmap']

_BINARY_OPS = ('+', '-', '*', '@', '/', '//', '%', '**', '<<', '>>', '&', '|', '^')
_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5

_InstructionBase = collections.namedtuple(
    'Instruction', 'opname opcode arg argval argrepr offset starts_line is_jump_target positions')


class Instruction(_InstructionBase):
    """One instruction: its name, opcode, argument and what the argument means."""

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append('%*d' % (lineno_width, self.starts_line))
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def _get_code_object(x):
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if isinstance(x, str):
        x = _try_compile(x, '<disassembly>')
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _try_compile(source, name):
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def _words(code):
    raw = code.co_code
    return [int.from_bytes(raw[i:i + 4], sys.byteorder) for i in range(0, len(raw), 4)]


def findlabels(code):
    """The word offsets that jumps lead to."""
    labels = set()
    words = _words(code)
    i = 0
    while i < len(words):
        op, arg = words[i] & 0xFF, words[i] >> 8
        if op in hasjabs:
            labels.add(arg)
        i += 1 + cache_words.get(op, 0)
    return sorted(labels)


def findlinestarts(code):
    """(offset, line) where each new source line's instructions start."""
    last = None
    for offset, pos in enumerate(code.co_positions()):
        line = pos[0]
        if line is not None and line != 0 and line != last:
            yield offset, line
            last = line


def _argument(code, op, arg, offset):
    name = opname[op] if op < len(opname) else '<%d>' % op
    if op in hasconst:
        value = code.co_consts[arg] if arg < len(code.co_consts) else None
        return value, repr(value)
    if op in haslocal:
        value = code.co_varnames[arg] if arg < len(code.co_varnames) else arg
        return value, str(value)
    if op in hasfree:
        cells = code.co_cellvars + code.co_freevars
        value = cells[arg] if arg < len(cells) else arg
        return value, str(value)
    if op in hasname:
        value = code.co_names[arg] if arg < len(code.co_names) else arg
        return value, str(value)
    if op in hasjabs:
        return arg, 'to ' + repr(arg)
    if op in hascompare and arg < len(cmp_op):
        return cmp_op[arg], cmp_op[arg]
    if name == 'BINARY_OP':
        n = len(_BINARY_OPS)
        if arg < 2 * n:
            return arg, _BINARY_OPS[arg % n] + ('=' if arg >= n else '')
    if name == 'FORMAT_VALUE':
        conv = ('', 'str', 'repr', 'ascii')[arg & 3]
        text = conv + (', with format' if arg & 4 else '')
        return arg, text
    return arg, ''


def _takes_arg(op):
    from opcode import docs
    return (docs.get(opname[op], '').startswith('arg') or op in hasconst or op in hasname or
            op in haslocal or op in hasfree or op in hasjabs)


def get_instructions(x, *, first_line=None):
    """The instructions of x's code, as Instruction tuples."""
    code = _get_code_object(x)
    starts = dict(findlinestarts(code))
    line_offset = first_line - code.co_firstlineno if first_line is not None else 0
    labels = set(findlabels(code))
    positions = list(code.co_positions())
    words = _words(code)
    i = 0
    while i < len(words):
        op, arg = words[i] & 0xFF, words[i] >> 8
        if arg == 0 and op < len(opname) and not _takes_arg(op):
            arg = argval = None
            argrepr = ''
        else:
            argval, argrepr = _argument(code, op, arg, i)
        line = starts.get(i)
        if line is not None:
            line += line_offset
        yield Instruction(opname[op] if op < len(opname) else '<%d>' % op, op, arg, argval,
                           argrepr, i, line, i in labels,
                           positions[i] if i < len(positions) else None)
        i += 1 + cache_words.get(op, 0)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Prints one code object's instructions."""
    starts = dict(findlinestarts(co))
    lineno_width = len(str(max(starts.values()))) if starts else 0
    lineno_width = max(lineno_width, 3) if starts else 0
    offset_width = max(len(str(len(co.co_code) // 4 - 1)), 4)
    first = True
    for instr in get_instructions(co):
        if instr.starts_line is not None and not first:
            print(file=file)
        first = False
        print(instr._disassemble(lineno_width, instr.offset == lasti, offset_width), file=file)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None):
    disassemble(co, file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if hasattr(x, 'co_code'):
                print(file=file)
                print('Disassembly of %r:' % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassembles a function, method, class, module, code object or source string."""
    if x is None:
        distb(file=file)
        return
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    if hasattr(x, '__dict__') and not hasattr(x, 'co_code'):
        items = sorted(x.__dict__.items())
        for name, x1 in items:
            if isinstance(x1, (types.MethodType, types.FunctionType, staticmethod, classmethod, type)):
                print('Disassembly of %s:' % name, file=file)
                try:
                    dis(x1, file=file, depth=depth)
                except TypeError as msg:
                    print('Sorry:', msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, (bytes, bytearray)):
        raise TypeError("gilpy cannot disassemble raw bytes: its instructions need their code object")
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, '<dis>'), file=file, depth=depth)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassembles the code of a traceback's last frame."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError('no last traceback to disassemble') from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


_FLAG_NAMES = {1: 'OPTIMIZED', 2: 'NEWLOCALS', 4: 'VARARGS', 8: 'VARKEYWORDS', 16: 'NESTED',
               32: 'GENERATOR', 64: 'NOFREE', 128: 'COROUTINE', 256: 'ITERABLE_COROUTINE',
               512: 'ASYNC_GENERATOR'}


def pretty_flags(flags):
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ', '.join(names)


def code_info(x):
    """A text describing a code object (as CPython's, gilpy's fields)."""
    co = _get_code_object(x)
    lines = ['Name:              %s' % co.co_name,
             'Filename:          %s' % co.co_filename,
             'Argument count:    %s' % co.co_argcount,
             'Positional-only arguments: %s' % co.co_posonlyargcount,
             'Kw-only arguments: %s' % co.co_kwonlyargcount,
             'Number of locals:  %s' % co.co_nlocals,
             'Stack size:        %s' % co.co_stacksize,
             'Flags:             %s' % pretty_flags(co.co_flags)]
    for title, items in (('Constants', [repr(c) for c in co.co_consts]), ('Names', co.co_names),
                         ('Variable names', co.co_varnames), ('Free variables', co.co_freevars),
                         ('Cell variables', co.co_cellvars)):
        if items:
            lines.append('%s:' % title)
            lines.extend('%4d: %s' % item for item in enumerate(items))
    return '\n'.join(lines)


def show_code(co, *, file=None):
    print(code_info(co), file=file)


class Bytecode:
    """The instructions of a code object, iterable, with dis() and info()."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = co = _get_code_object(x)
        self.first_line = co.co_firstlineno if first_line is None else first_line
        self._line_offset = self.first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset

    def __iter__(self):
        return get_instructions(self.codeobj, first_line=self.first_line)

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__, self._original_object)

    def info(self):
        return code_info(self.codeobj)

    def dis(self):
        import io
        out = io.StringIO()
        disassemble(self.codeobj, -1 if self.current_offset is None else self.current_offset,
                    file=out)
        return out.getvalue()
