"""Formatting and printing of tracebacks, exceptions and call stacks, in
the same text the interpreter prints for an uncaught exception."""

import sys
import linecache
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3       # identical entries shown before "[Previous line repeated"

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


def _write_lines(lines, file):
    if file is None:
        file = sys.stderr
    for text in lines:
        print(text, file=file, end="")


# ---- lists of entries ------------------------------------------------------

def print_list(extracted_list, file=None):
    """Print entries (FrameSummary objects or (file, line, name, text)
    tuples) the way a traceback shows them."""
    _write_lines(StackSummary.from_list(extracted_list).format(), file)


def format_list(extracted_list):
    """The lines print_list() would print, one str per entry."""
    return StackSummary.from_list(extracted_list).format()


# ---- tracebacks ------------------------------------------------------------

def print_tb(tb, limit=None, file=None):
    """Print the entries of traceback `tb` (at most `limit` of them)."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """The entries of traceback `tb` as a list of str."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """A StackSummary of the entries of traceback `tb`."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


class _Sentinel:
    def __repr__(self):
        return "<implicit>"

_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is not _sentinel:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return exc, exc.__traceback__


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception with its traceback (and, with `chain`, the
    exceptions it was raised from or while handling) to `file`."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The lines print_exception() would print, as a list of str."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of a traceback: "Type: message" (preceded by the
    location block for a SyntaxError, followed by the notes)."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def _format_final_exc_line(etype, value):
    text = _safe_string(value, 'exception')
    if value is None or not text:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, text)


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (sys.exc_info())."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The text print_exc() would print, as one str."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print sys.last_type/last_value/last_traceback (the interactive
    interpreter's last uncaught exception)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# ---- stacks ----------------------------------------------------------------

def print_stack(f=None, limit=None, file=None):
    """Print the calls leading to frame `f` (by default, to the caller)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """The lines print_stack() would print, as a list of str."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """A StackSummary of the calls leading to frame `f`, oldest first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Drop the local variables the frames of traceback `tb` hold."""
    while tb is not None:
        clear = getattr(tb.tb_frame, 'clear', None)
        if clear is not None:       # gilpy's traceback frames keep no locals
            try:
                clear()
            except RuntimeError:    # a frame still running
                pass
        tb = tb.tb_next


def walk_stack(f):
    """(frame, line number) for `f` and each of its callers in turn."""
    if f is None:
        # the frame that called StackSummary.extract(walk_stack(None))
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """(frame, line number) for each entry of traceback `tb`, outermost
    first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    # like walk_tb, with (line, end line, column, end column)
    while tb is not None:
        where = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if where[0] is None:
            where = (tb.tb_lineno,) + tuple(where[1:])
        yield tb.tb_frame, where
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    # what next(islice(code.co_positions(), instruction_index // 2, None))
    # gives, without walking the entries before it
    return _traceback.code_position(code, instruction_index // 2)


# ---- FrameSummary ----------------------------------------------------------

class FrameSummary:
    """One entry of a stack or traceback: filename, lineno, name, the
    source line (stripped) and, when asked for, the frame's locals as
    reprs.  Reads like the tuple (filename, lineno, name, line)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        if locals:
            self.locals = {key: repr(value) for key, value in locals.items()}
        else:
            self.locals = None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(list(self._as_tuple()))

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(
            self.filename, self.lineno, self.name)

    @property
    def _original_line(self):
        # the source line as read, whitespace kept
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def _byte_offset_to_character_offset(text, offset):
    if text.isascii():
        return min(offset, len(text)) if offset >= 0 else max(len(text) + offset, 0)
    return len(text.encode('utf-8')[:offset].decode('utf-8', errors='replace'))


def _caret_anchors(segment):
    """(end of the left part, start of the right part) of the primary
    range, in characters of `segment`, when it is a binary operation (the
    operator) or a subscript (the [index]); else None."""
    found = _traceback.expr_anchors(segment)
    if found is None:
        return None
    kind, first, second = found

    def chars(offset):
        return _byte_offset_to_character_offset(segment, offset)

    size = len(segment)
    if kind == 'subscript':
        left = chars(first)
        right = chars(second + 1)
        while left < size and segment[left] != '[':
            left += 1
        while right < size and segment[right] != ']':
            right += 1
        if right < size:
            right += 1
        return left, right
    between = segment[chars(first):chars(second)]
    skip = len(between) - len(between.lstrip())
    left = first + skip
    right = left + 1
    if skip + 1 < len(between) and not between[skip + 1].isspace():
        right += 1          # a two-character operator: //, **, <<, ...
    # step over the closing parentheses of the left operand (and comments)
    while left < size and (segment[left].isspace() or segment[left] in ")#"):
        left += 1
        right += 1
    return chars(left), chars(right)


def _display_width(text, offset):
    # columns the first `offset` characters take on a terminal (wide
    # East Asian characters and emoji take two)
    if text.isascii():
        return offset
    return _traceback.display_width(text, offset)


def _caret_line(summary, stripped):
    """The line of ^ and ~ under the source line of `summary`, or ''."""
    line = summary._original_line
    # CPython counts the line's leading and trailing whitespace here
    lead_and_trail = len(line) - len(stripped)
    start = _byte_offset_to_character_offset(line, summary.colno)
    end = _byte_offset_to_character_offset(line, summary.end_colno)
    segment = line[start:end]
    anchors = None
    if summary.lineno == summary.end_lineno:
        try:
            anchors = _caret_anchors(segment)
        except Exception:
            anchors = None
    else:
        end = len(line.rstrip())        # to the end of this line
    if not (end - start < len(stripped) or (anchors and anchors[1] - anchors[0] > 0)):
        return ''
    col = _display_width(line, start) + 1
    end_col = _display_width(line, end) + 1
    if anchors:
        left = _display_width(segment, anchors[0])
        right = _display_width(segment, anchors[1])
        marks = '~' * left + '^' * (right - left) + '~' * (end_col - col - right)
    else:
        marks = '^' * (end_col - col)
    return '    ' + ' ' * (col - lead_and_trail) + marks + '\n'


def _frame_locals(f):
    # gilpy's traceback entries keep no locals: their frames have none
    return getattr(f, 'f_locals', None)


# ---- StackSummary ----------------------------------------------------------

class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """A StackSummary of the (frame, line number) pairs `frame_gen`
        yields (walk_stack(), walk_tb())."""
        def with_positions():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)

        return klass._extract_from_extended_frame_gen(
            with_positions(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        # frame_gen yields (frame, (lineno, end_lineno, colno, end_colno))
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        wanted = None
        if limit is not None:
            if limit >= 0:
                wanted = limit
                if limit == 0:
                    frame_gen = ()
            else:
                frame_gen = list(frame_gen)[limit:]
        result = klass()
        filenames = set()
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
            code = f.f_code
            filename = code.co_filename
            filenames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            result.append(FrameSummary(
                filename, lineno, code.co_name, lookup_line=False,
                locals=_frame_locals(f) if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
            if wanted is not None and len(result) >= wanted:
                break
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary of FrameSummary objects or (filename, lineno,
        name, line) tuples."""
        result = StackSummary()
        for entry in a_list:
            if not isinstance(entry, FrameSummary):
                filename, lineno, name, line = entry
                entry = FrameSummary(filename, lineno, name, line=line)
            result.append(entry)
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one entry: the File line, the source line and its
        carets, and the captured locals."""
        parts = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        line = frame_summary.line
        if line:
            stripped = line.strip()
            parts.append('    {}\n'.format(stripped))
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                parts.append(_caret_line(frame_summary, stripped))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                parts.append('    {} = {}\n'.format(name, value))
        return ''.join(parts)

    def format(self):
        """The entries as a list of str, runs of more than three identical
        entries (recursion) shortened to a "[Previous line repeated N more
        times]" line."""
        result = []
        last = None
        count = 0
        for summary in self:
            text = self.format_frame_summary(summary)
            if text is None:
                continue
            where = (summary.filename, summary.lineno, summary.name)
            if last is None or None in last or where != last:
                _add_repeated(result, count)
                last = where
                count = 0
            count += 1
            if count <= _RECURSIVE_CUTOFF:
                result.append(text)
        _add_repeated(result, count)
        return result


def _add_repeated(result, count):
    if count > _RECURSIVE_CUTOFF:
        count -= _RECURSIVE_CUTOFF
        result.append(f'  [Previous line repeated {count} more '
                      f'time{"s" if count > 1 else ""}]\n')


# ---- TracebackException ----------------------------------------------------

class _ExceptionPrintContext:
    """Where formatting is inside exception groups: each level indents by
    two spaces and draws a "| " margin."""

    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        prefix = self.indent()
        if self.exception_group_depth:
            prefix += (margin_char or '|') + ' '
        texts = [text_gen] if isinstance(text_gen, str) else text_gen
        for text in texts:
            if prefix:
                text = ''.join(prefix + line for line in text.splitlines(True))
            yield text


_sequence_types = None


def _is_sequence(obj):
    # isinstance(obj, collections.abc.Sequence), where that module exists
    global _sequence_types
    if isinstance(obj, (list, tuple, str)):
        return True
    if _sequence_types is None:
        try:
            from collections.abc import Sequence
            _sequence_types = Sequence
        except ImportError:
            _sequence_types = (bytes, bytearray, range)
    return isinstance(obj, _sequence_types)


class TracebackException:
    """An exception captured for formatting: its traceback as a
    StackSummary, its message, the exceptions it chains to (__cause__,
    __context__) and, for a group, its members, all as
    TracebackExceptions.  No reference to the exception is kept."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        top = _seen is None
        if top:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback),
            limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            line = exc_value.lineno
            self.lineno = None if line is None else str(line)
            end_line = exc_value.end_lineno
            self.end_lineno = None if end_line is None else str(end_line)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        if exc_value is not None:
            self.__suppress_context__ = exc_value.__suppress_context__
        else:
            self.__suppress_context__ = False
        if not top:
            return
        # The chain is walked with a work list, not recursion: each item is
        # a TracebackException still missing its links, and its exception.
        options = dict(limit=limit, lookup_lines=lookup_lines,
                       capture_locals=capture_locals,
                       max_group_width=max_group_width,
                       max_group_depth=max_group_depth, _seen=_seen)

        def capture(e):
            return TracebackException(type(e), e, e.__traceback__, **options)

        pending = [(self, exc_value)]
        while pending:
            te, e = pending.pop()
            cause = context = exceptions = None
            if e and e.__cause__ is not None and id(e.__cause__) not in _seen:
                cause = capture(e.__cause__)
            if compact:
                want_context = cause is None and e is not None and not e.__suppress_context__
            else:
                want_context = True
            if (e and e.__context__ is not None and want_context
                    and id(e.__context__) not in _seen):
                context = capture(e.__context__)
            if e and isinstance(e, BaseExceptionGroup):
                exceptions = [capture(member) for member in e.exceptions]
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause:
                pending.append((cause, e.__cause__))
            if context:
                pending.append((context, e.__context__))
            if exceptions:
                pending.extend(zip(exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of exception `exc`."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for summary in self.stack:
            summary.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The "Type: message" line (after the location lines of a
        SyntaxError), then the notes; a generator of str."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        if issubclass(self.exc_type, SyntaxError):
            yield from self._format_syntax_error(stype)
        else:
            yield _format_final_exc_line(stype, self._str)
        notes = self.__notes__
        if notes is None:
            return
        if _is_sequence(notes):
            for note in notes:
                note = _safe_string(note, 'note')
                for line in note.split('\n'):
                    yield line + '\n'
        else:
            yield _safe_string(notes, '__notes__', func=repr)

    def _format_syntax_error(self, stype):
        suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            right = text.rstrip('\n')
            shown = right.lstrip(' \n\f')
            indent = len(right) - len(shown)
            yield '    {}\n'.format(shown)
            if self.offset is not None:
                start = self.offset
                end = self.end_offset
                if end is None or end == 0:
                    end = start
                if end == start or end == -1:
                    end = start + 1
                col = start - 1 - indent
                end_col = end - 1 - indent
                if col >= 0:
                    # tabs and other whitespace are kept so the carets line up
                    pad = ''.join(c if c.isspace() else ' ' for c in shown[:col])
                    yield '    {}{}'.format(pad, '^' * (end_col - col) + '\n')
        yield "{}: {}{}\n".format(stype, self.msg or "<no detail available>", suffix)

    def format(self, *, chain=True, _ctx=None):
        """The whole report, oldest chained exception first, as a
        generator of str (what print_exception() prints)."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        sequence = []
        te = self
        while te is not None:
            if not chain:
                sequence.append((None, te))
                break
            if te.__cause__ is not None:
                message, following = _cause_message, te.__cause__
            elif te.__context__ is not None and not te.__suppress_context__:
                message, following = _context_message, te.__context__
            else:
                message, following = None, None
            sequence.append((message, te))
            te = following
        for message, te in reversed(sequence):
            if message is not None:
                yield from _ctx.emit(message)
            if te.exceptions is None:
                if te.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(te.stack.format())
                yield from _ctx.emit(te.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from te._format_group(chain, _ctx, self.max_group_width)

    def _format_group(self, chain, _ctx, width):
        outermost = _ctx.exception_group_depth == 0
        if outermost:
            _ctx.exception_group_depth += 1
        if self.stack:
            yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                 margin_char='+' if outermost else None)
            yield from _ctx.emit(self.stack.format())
        yield from _ctx.emit(self.format_exception_only())
        total = len(self.exceptions)
        shown = total if total <= width else width + 1
        _ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                _ctx.need_close = True      # a nested group may draw it instead
            truncated = width is not None and i >= width
            title = '...' if truncated else f'{i + 1}'
            yield (_ctx.indent() + ('+-' if i == 0 else '  ') +
                   f'+---------------- {title} ----------------\n')
            _ctx.exception_group_depth += 1
            if truncated:
                more = total - width
                yield from _ctx.emit(f"and {more} more exception{'s' if more > 1 else ''}\n")
            else:
                yield from self.exceptions[i].format(chain=chain, _ctx=_ctx)
            if last and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1
        if outermost:
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print format(chain=chain) to `file` (sys.stderr by default)."""
        _write_lines(self.format(chain=chain), file)
