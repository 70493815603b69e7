"""codeop for gilpy: compiling what an interactive prompt has read so far,
telling a complete statement (a code object) from one that needs more lines
(None) and from a syntax error (raised).

CPython asks its parser whether the input ended too early; gilpy's compile()
has no such mode, so the source is also compiled with one and two extra
newlines: the errors an unfinished statement gives (an unclosed bracket or
triple-quoted string, a block with no body yet, a backslash at the end) or an
error that moves as lines are added mean "more input"."""

import __future__
import warnings

__all__ = ['compile_command', 'Compile', 'CommandCompiler']

_FEATURES = [getattr(__future__, fname) for fname in __future__.all_feature_names]
PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

_UNFINISHED = ('was never closed', 'unterminated triple-quoted string',
               'expected an indented block', 'unexpected EOF', 'unexpected end of file')


def _unfinished(err, source):
    msg = str(getattr(err, 'msg', err))
    if any(text in msg for text in _UNFINISHED):
        return True
    stripped = source.rstrip(' \t')
    return stripped.endswith('\\') and not stripped.endswith('\\\\')


_COMPOUND = ('if', 'while', 'for', 'try', 'with', 'def', 'class', 'async')


def _is_compound(source):
    for line in source.split('\n'):
        text = line.strip()
        if text and not text.startswith('#'):
            word = text.split(None, 1)[0].split(':', 1)[0].split('(', 1)[0]
            return text.startswith('@') or word in _COMPOUND
    return False


def _check_block_lines(source, filename):
    """A statement after the block, at column 0, cannot join it."""
    lines = source.split('\n')
    for number, line in enumerate(lines[1:], 2):
        if not line or line[0] in ' \t#':
            continue
        word = line.split(None, 1)[0].rstrip(':')
        if word in ('else', 'elif', 'except', 'except*', 'finally', 'def', 'class', 'async') or \
                line.startswith('@') or lines[0].startswith('@'):
            continue
        raise SyntaxError('invalid syntax', (filename, number, 1, line, number, 1 + len(line.split(None, 1)[0])))


def _maybe_compile(compiler, source, filename, symbol):
    for line in source.split('\n'):
        line = line.strip()
        if line and line[0] != '#':
            break
    else:
        if symbol != 'eval':
            source = 'pass'
    try:
        code = compiler(source, filename, symbol)
    except SyntaxError as err:
        first = err
    else:
        if symbol == 'single' and _is_compound(source):
            # an interactive block ends with an empty line
            _check_block_lines(source, filename)
            if not source.endswith('\n'):
                return None
        return code
    if _unfinished(first, source):
        return None
    try:
        compiler(source + '\n', filename, symbol)
        return None
    except SyntaxError as err:
        err1 = err
    try:
        compiler(source + '\n\n', filename, symbol)
        return None
    except SyntaxError as err:
        err2 = err
    if _unfinished(err1, source + '\n') or (err1.msg, err1.lineno) != (err2.msg, err2.lineno):
        return None
    raise first


def _compile(source, filename, symbol):
    return compile(source, filename, symbol, PyCF_DONT_IMPLY_DEDENT)


def compile_command(source, filename='<input>', symbol='single'):
    """A code object for a complete command, None for an unfinished one;
    SyntaxError, ValueError or OverflowError for a bad one."""
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """compile() that remembers the __future__ statements it has seen."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT

    def __call__(self, source, filename, symbol, **kwargs):
        flags = self.flags
        codeob = compile(source, filename, symbol, flags, True)
        for feature in _FEATURES:
            if codeob.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return codeob


class CommandCompiler:
    """compile_command that remembers the __future__ statements it has seen."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename='<input>', symbol='single'):
        return _maybe_compile(self.compiler, source, filename, symbol)
