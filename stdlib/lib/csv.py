"""CSV files: reader and writer with dialects, DictReader and DictWriter, as
CPython 3.11's csv and _csv (the parser is the same state machine, written
in Python here)."""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect",
           "__doc__", "excel", "excel_tab", "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "unregister_dialect",
           "__version__", "DictReader", "DictWriter", "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


Error.__module__ = '_csv'

_field_limit = 131072
_dialects = {}


def field_size_limit(*args):
    """Set (with an argument) and return the largest field the parser accepts."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


# ---- the C-level dialect (_csv.Dialect): validated, read-only ----

_DIALECT_FIELDS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar',
                   'quoting', 'skipinitialspace', 'strict')


def _char(name, value, default, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string%s, not %s'
                        % (name, ' or None' if allow_none else '', type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Dialect:
    """CSV dialect: the formatting parameters of a reader or writer."""

    __slots__ = _DIALECT_FIELDS

    def __init__(self, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _DIALECT_FIELDS:
                raise TypeError("'%s' is an invalid keyword argument for Dialect()" % key)

        def pick(name):
            # (value, given): a keyword wins over the dialect's attribute.
            if name in kwargs:
                return kwargs[name], True
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name), True
            return None, False

        set_ = object.__setattr__
        v, given = pick('delimiter')
        set_(self, 'delimiter', _char('delimiter', v, ',', False) if given else ',')
        v, given = pick('doublequote')
        set_(self, 'doublequote', bool(v) if given else True)
        v, given = pick('escapechar')
        set_(self, 'escapechar', _char('escapechar', v, None, True) if given else None)
        v, given = pick('lineterminator')
        if given and v is not None and not isinstance(v, str):
            raise TypeError('"lineterminator" must be a string')
        set_(self, 'lineterminator', v if given else '\r\n')
        v, quotechar_given = pick('quotechar')
        quotechar = _char('quotechar', v, '"', True) if quotechar_given else '"'
        set_(self, 'quotechar', quotechar)
        v, quoting_given = pick('quoting')
        if quoting_given:
            if type(v) is not int:
                raise TypeError('"quoting" must be an integer')
            if v not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
                raise TypeError('bad "quoting" value')
            quoting = v
        else:
            quoting = QUOTE_MINIMAL
        v, given = pick('skipinitialspace')
        set_(self, 'skipinitialspace', bool(v) if given else False)
        v, given = pick('strict')
        set_(self, 'strict', bool(v) if given else False)
        # An explicit quotechar=None turns quoting off unless quoting was
        # asked for (a keyword, or a dialect class's attribute).
        if quotechar_given and quotechar is None and 'quoting' not in kwargs and (
                not quoting_given or (isinstance(dialect, _Dialect) and quoting == QUOTE_MINIMAL)):
            quoting = QUOTE_NONE
        set_(self, 'quoting', quoting)
        if quoting != QUOTE_NONE and quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if self.lineterminator is None:
            raise TypeError("lineterminator must be set")

    def __setattr__(self, name, value):
        if name in _DIALECT_FIELDS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' object")


_Dialect.__name__ = _Dialect.__qualname__ = 'Dialect'
_Dialect.__module__ = '_csv'


def _make_dialect(dialect, kwargs):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if isinstance(dialect, _Dialect) and not kwargs:
        return dialect
    return _Dialect(dialect, **kwargs)


def register_dialect(name, dialect=None, **fmtparams):
    """Create a mapping from a string name to a dialect class."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """Return the dialect instance associated with name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return a list of all known dialect names."""
    return list(_dialects)


# ---- reading ----

_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, \
    _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(9)
_EOL = None     # the end-of-line event after each input string


class _Reader:
    """CSV reader: iterates over the rows (lists of strings) of its input."""

    def __init__(self, iterable, dialect):
        self._input = iter(iterable)
        self.dialect = dialect
        self.line_num = 0
        self._state = _START_RECORD
        d = dialect
        # Plain lines (no quote, escape or inner line break) are split directly.
        self._fast = not d.skipinitialspace and d.quoting != QUOTE_NONNUMERIC
        self._plain_excluded = tuple(c for c in (d.quotechar if d.quoting != QUOTE_NONE else None,
                                                 d.escapechar) if c is not None)
        self._delimiter = d.delimiter
        # Quoted fields on one line are cut with str.find in the usual dialect.
        self._quoted_ok = (self._fast and d.doublequote and d.escapechar is None
                           and d.quotechar is not None and d.quoting != QUOTE_NONE)

    def __iter__(self):
        return self

    def __next__(self):
        line = next(self._input)
        if line.__class__ is not str and not isinstance(line, str):
            raise Error("iterator should return strings, not %.200s (the file should be "
                        "opened in text mode)" % type(line).__name__)
        self.line_num += 1
        if self._fast:
            # the line without its line end, unless it holds another break
            if line[-1:] == '\n':
                body = line[:-2] if line[-2:-1] == '\r' else line[:-1]
            elif line[-1:] == '\r':
                body = line[:-1]
            else:
                body = line
            if '\n' not in body and '\r' not in body:
                row = self._fast_row(body)
                if row is not None:
                    return row
                if self._quoted_ok:
                    row = self._quoted_row(body)
                    if row is not None:
                        return row
        return self._slow_row(line)

    def _quoted_row(self, body):
        # The fields of a line's body (its line end cut off) whose quoted
        # fields end on it; None when the line needs the state machine (text
        # after a closing quote, a quote inside an unquoted field...).
        q = self.dialect.quotechar
        delim = self._delimiter
        fields = []
        i = 0
        n = len(body)
        while True:
            if i < n and body[i] == q:
                j = i + 1
                pieces = []
                while True:
                    k = body.find(q, j)
                    if k < 0:
                        return None
                    pieces.append(body[j:k])
                    if k + 1 < n and body[k + 1] == q:
                        pieces.append(q)
                        j = k + 2
                        continue
                    break
                i = k + 1
                if i < n and body[i] != delim:
                    return None
                field = ''.join(pieces)
            else:
                k = body.find(delim, i)
                if k < 0:
                    k = n
                field = body[i:k]
                if q in field:
                    return None
                i = k
            if len(field) > _field_limit:
                return None
            fields.append(field)
            if i >= n:
                break
            i += 1
            if i == n:
                fields.append('')
                break
        return fields

    def _slow_row(self, line):
        d = self.dialect
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        process = self._process
        while True:
            for c in line:
                process(c, d)
            process(_EOL, d)
            if self._state == _START_RECORD:
                break
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if d.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be "
                            "opened in text mode)" % type(line).__name__)
            self.line_num += 1
        fields = self._fields
        self._fields = None
        return fields

    def _fast_row(self, body):
        # The fields of a line's body (its line end cut off) with no quote
        # or escape character; None when it has one.
        for c in self._plain_excluded:
            if c in body:
                return None
        if not body:
            return []
        fields = body.split(self._delimiter)
        if len(body) > _field_limit:
            for f in fields:
                if len(f) > _field_limit:
                    raise Error("field larger than field limit (%d)" % _field_limit)
        return fields

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _end_field(self, c):
        self._save_field()
        self._state = _START_RECORD if c is _EOL else _EAT_CRNL

    def _process(self, c, d):
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._end_field(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char('\n' if c is _EOL else c)
            self._state = _IN_FIELD
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c is _EOL or c == '\n' or c == '\r':
                self._end_field(c)
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char('\n' if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c == '\n' or c == '\r':
                self._end_field(c)
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to "
                            "open the file in universal-newline mode?")


_Reader.__name__ = _Reader.__qualname__ = 'reader'
_Reader.__module__ = '_csv'


def reader(csvfile, dialect='excel', **fmtparams):
    """Return a reader object that iterates over the rows of csvfile."""
    return _Reader(csvfile, _make_dialect(dialect, fmtparams))


# ---- writing ----

class _Writer:
    """CSV writer: formats rows of values as delimited strings."""

    def __init__(self, fileobj, dialect):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = dialect
        d = dialect
        # The characters that force quoting (or escaping) of a field.
        specials = set(d.lineterminator)
        specials.add(d.delimiter)
        if d.quotechar is not None:
            specials.add(d.quotechar)
        if d.escapechar is not None:
            specials.add(d.escapechar)
        self._specials = specials
        self._special_chars = tuple(specials)

    def _field_text(self, text, quoted):
        d = self.dialect
        specials = self._specials
        for c in self._special_chars:
            if c in text:
                break
        else:
            return ('%s%s%s' % (d.quotechar, text, d.quotechar)) if quoted else text
        out = []
        for c in text:
            if c in specials:
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        text = ''.join(out)
        return ('%s%s%s' % (d.quotechar, text, d.quotechar)) if quoted else text

    def writerow(self, row):
        """Write one row (an iterable of fields) to the file."""
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        parts = []
        append = parts.append
        quoting = d.quoting
        specials = self._special_chars
        field_text = self._field_text
        for field in fields:
            if field.__class__ is str:
                text = field
            elif field is None:
                text = ''
            else:
                text = str(field)
            if quoting == QUOTE_MINIMAL:
                for c in specials:
                    if c in text:
                        text = field_text(text, False)
                        break
                append(text)
                continue
            if quoting == QUOTE_NONNUMERIC:
                quoted = not (isinstance(field, (int, float, complex)) or
                              hasattr(type(field), '__index__') or
                              hasattr(type(field), '__float__'))
            else:
                quoted = quoting == QUOTE_ALL
            append(field_text(text, quoted))
        if len(parts) == 1 and parts[0] == '':
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        """Write each row of an iterable of rows."""
        for row in rows:
            self.writerow(row)


_Writer.__name__ = _Writer.__qualname__ = 'writer'
_Writer.__module__ = '_csv'


def writer(csvfile, dialect='excel', **fmtparams):
    """Return a writer object that writes delimited rows to csvfile."""
    return _Writer(csvfile, _make_dialect(dialect, fmtparams))


# ---- the Python-level dialect classes ----

class Dialect:
    """Describe a CSV dialect (subclass and set the class attributes)."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    """Reads rows as dicts keyed by the first row (or the given fieldnames)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d



class DictWriter:
    """Writes dicts as rows, in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

