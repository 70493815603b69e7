"""Functions creating iterators for efficient looping.

Infinite iterators: count, cycle, repeat.  Iterators terminating on the
shortest input: accumulate, chain, compress, dropwhile, filterfalse, groupby,
islice, pairwise, starmap, takewhile, tee, zip_longest.  Combinatoric
iterators: product, permutations, combinations,
combinations_with_replacement.

Most are generators; arguments are checked (and iter() called) when the
iterator is made, as CPython does.  count and repeat are classes for their
reprs.
"""

import sys as _sys

__all__ = [
    "accumulate", "chain", "combinations", "combinations_with_replacement",
    "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby",
    "islice", "pairwise", "permutations", "product", "repeat", "starmap",
    "takewhile", "tee", "zip_longest",
]

_MAXSIZE = _sys.maxsize


try:
    _NUMBERS = (int, float, complex)
except NameError:
    _NUMBERS = (int, float)


def _is_number(x):
    if isinstance(x, _NUMBERS):
        return True
    cls = type(x)
    return (hasattr(cls, "__index__") or hasattr(cls, "__int__")
            or hasattr(cls, "__float__"))


# ---- infinite iterators ----------------------------------------------------

class count:
    """Return a count object whose .__next__() method returns consecutive values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return "count(%r)" % (self._value,)
        return "count(%r, %r)" % (self._value, step)

    def __reduce__(self):
        return type(self), (self._value, self._step)


def cycle(iterable, /):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for item in it:
        yield item
        saved.append(item)
    if not saved:
        return
    while True:
        yield from saved


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._times = -1
        else:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(times).__name__)
            self._times = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times == 0:
            raise StopIteration
        if times > 0:
            self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times < 0:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times < 0:
            return "repeat(%r)" % (self._object,)
        return "repeat(%r, %d)" % (self._object, self._times)

    def __reduce__(self):
        if self._times < 0:
            return type(self), (self._object,)
        return type(self), (self._object, self._times)


# ---- iterators over finite inputs ------------------------------------------

def accumulate(iterable, func=None, *, initial=None):
    "Return series of accumulated sums (or other binary function results)."
    it = iter(iterable)
    if func is None:
        return _accumulate_add(it, initial)
    return _accumulate_func(it, func, initial)


def _accumulate_add(it, total):
    if total is None:
        for total in it:
            break
        else:
            return
    yield total
    for element in it:
        total = total + element
        yield total


def _accumulate_func(it, func, total):
    if total is None:
        for total in it:
            break
        else:
            return
    yield total
    for element in it:
        total = func(total, element)
        yield total


def _chain(iterables):
    for iterable in iterables:
        yield from iterable


class chain:
    """chain(*iterables) --> chain object

    Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    # A chain object wraps one generator: a for loop iterates that generator
    # directly (its speed), next() and isinstance see a chain.
    __slots__ = ('_items',)

    def __new__(cls, *iterables):
        self = object.__new__(cls)
        self._items = _chain(iterables)
        return self

    def __init__(self, *iterables):
        pass

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = object.__new__(cls)
        self._items = _chain(iter(iterable))
        return self

    def __iter__(self):
        return self._items

    def __next__(self):
        return next(self._items)

    def __reduce__(self):
        raise TypeError("cannot pickle 'itertools.chain' object")

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


chain.__module__ = 'itertools'


def compress(data, selectors):
    "Return data elements corresponding to true selector elements."
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for item, selected in zip(data, selectors):
        if selected:
            yield item


def dropwhile(predicate, iterable, /):
    "Drop items from the iterable while predicate(item) is true."
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for item in it:
        if not predicate(item):
            yield item
            break
    yield from it


def filterfalse(function, iterable, /):
    "Return those items of iterable for which function(item) is false."
    return _filterfalse(function, iter(iterable))


def _filterfalse(function, it):
    if function is None:
        for item in it:
            if not item:
                yield item
    else:
        for item in it:
            if not function(item):
                yield item


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable

      iterable
        Elements to divide into groups according to the key function.
      key
        A function for computing the group category for each element.
        If the key function is not specified or is None, the element itself
        is used for grouping."""

    def __init__(self, iterable, key=None):
        self._key = key
        self._it = iter(iterable)
        # _curr* hold the element read ahead; _want is the key of the group
        # handed out last; _token identifies that group's iterator.
        self._want = self._currkey = self._currvalue = _START
        self._token = None

    def __iter__(self):
        return self

    def __next__(self):
        self._token = token = object()
        it = self._it
        key = self._key
        want = self._want
        currkey = self._currkey
        # Skip what is left of the current group.
        while currkey is _START or (want is not _START and currkey == want):
            value = next(it)
            self._currvalue = value
            self._currkey = currkey = value if key is None else key(value)
            if want is _START:
                break
        self._want = currkey
        return currkey, _group(self, currkey, token)


_START = object()


def _group(owner, want, token):
    it = owner._it
    key = owner._key
    while owner._token is token:
        yield owner._currvalue
        if owner._token is not token:
            return
        for value in it:
            break
        else:
            owner._currkey = _START
            owner._want = _DONE
            return
        owner._currvalue = value
        currkey = value if key is None else key(value)
        owner._currkey = currkey
        if not (currkey == want):
            return


_DONE = object()


def islice(iterable, *args):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable.  If start is specified, will skip all preceding elements;
    otherwise, start defaults to zero.  Step defaults to one.  If
    specified as another value, step determines how many values are
    skipped between successive calls.  Works like a slice() on a list
    but returns an iterator."""
    n = len(args)
    if n == 1:
        start, stop, step = None, args[0], None
    elif n in (2, 3):
        start, stop = args[0], args[1]
        step = args[2] if n == 3 else None
    elif n == 0:
        raise TypeError("islice expected at least 2 arguments, got 1")
    else:
        raise TypeError("islice expected at most 4 arguments, got %d" % (n + 1))
    if stop is not None:
        stop = _slice_index(stop)
        if stop is None or stop < 0 or stop > _MAXSIZE:
            raise ValueError("Stop argument for islice() must be None or an "
                             "integer: 0 <= x <= sys.maxsize.")
    if start is None:
        start = 0
    else:
        start = _slice_index(start)
        if start is None or start < 0 or start > _MAXSIZE:
            raise ValueError("Indices for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
    if step is None:
        step = 1
    else:
        step = _slice_index(step)
        if step is None or step < 1 or step > _MAXSIZE:
            raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def _slice_index(x):
    if isinstance(x, int):
        return x
    try:
        method = type(x).__index__
    except AttributeError:
        return None
    return method(x)


def _islice(it, start, stop, step):
    # Reads as CPython does: the items before start, then each selected item,
    # never more than stop items in all.
    cnt = 0
    while cnt < start:
        for _ in it:
            break
        else:
            return
        cnt += 1
    if step == 1:
        if stop is None:
            for item in it:
                yield item
            return
        if cnt >= stop:
            return
        for item in it:
            cnt += 1
            yield item
            if cnt >= stop:
                return
        return
    if stop is None:
        stop = _MAXSIZE
    if cnt >= stop:
        return
    nxt = start
    for item in it:
        if cnt == nxt:
            cnt += 1
            nxt += step
            yield item
        else:
            cnt += 1
        if cnt >= stop:
            return


def pairwise(iterable, /):
    "Return an iterator of overlapping pairs taken from the input iterator."
    return _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield (a, b)
        a = b


def starmap(function, iterable, /):
    "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)
        yield function(*args)


def takewhile(predicate, iterable, /):
    "Return successive entries from an iterable as long as the predicate evaluates to true for each entry."
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for item in it:
        if predicate(item):
            yield item
        else:
            return


class _tee:
    """Iterator wrapped to make it copyable."""

    # Tees of one source share a chain of cells [value, next cell]; a cell
    # whose next is None has not been read yet.
    def __init__(self, it, cell):
        self._it = it
        self._cell = cell

    def __iter__(self):
        return self

    def __next__(self):
        cell = self._cell
        nxt = cell[1]
        if nxt is None:
            cell[0] = next(self._it)
            nxt = cell[1] = [None, None]
        self._cell = nxt
        return cell[0]

    def __copy__(self):
        return _tee(self._it, self._cell)


_tee.__module__ = "itertools"


def tee(iterable, n=2, /):
    "Returns a tuple of n independent iterators."
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    # A copyable iterator (a tee itself) is used as is, as CPython does.
    copier = getattr(it, "__copy__", None)
    if copier is None:
        it = _tee(it, [None, None])
        copier = it.__copy__
    result = [it]
    for _ in range(n - 1):
        result.append(copier())
    return tuple(result)


def zip_longest(*iterables, fillvalue=None):
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object

    Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument.  The .__next__()
    method continues until the longest iterable in the argument sequence
    is exhausted and then it raises StopIteration.  When the shorter iterables
    are exhausted, the fillvalue is substituted in their place.  The fillvalue
    defaults to None or can be specified by a keyword argument."""
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    n = len(iterators)
    if n == 0:
        return
    active = n
    done = [False] * n
    while True:
        row = []
        for i in range(n):
            if done[i]:
                row.append(fillvalue)
                continue
            for value in iterators[i]:
                row.append(value)
                break
            else:
                done[i] = True
                active -= 1
                if active == 0:
                    return
                row.append(fillvalue)
        yield tuple(row)


# ---- combinatorics ---------------------------------------------------------

def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(r).__name__)
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


def product(*iterables, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops.

    For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).
    The leftmost iterators are in the outermost for-loop, so the output tuples
    cycle in a manner similar to an odometer (with the rightmost element changing
    on every iteration).

    To compute the product of an iterable with itself, specify the number
    of repetitions with the optional repeat keyword argument. For example,
    product(A, repeat=4) means the same as product(A, A, A, A).

    product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)
    product((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ..."""
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(repeat).__name__)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    if n == 0:
        yield ()
        return
    # An odometer over all pools but the last: indices[i] is the position in
    # pools[i]; the last pool is run through for each prefix.
    indices = [0] * n
    current = [pool[0] for pool in pools]
    last = pools[-1]
    while True:
        prefix = tuple(current[:-1])
        for item in last:
            yield prefix + (item,)
        i = n - 2
        while i >= 0:
            pool = pools[i]
            j = indices[i] + 1
            if j < len(pool):
                indices[i] = j
                current[i] = pool[j]
                break
            indices[i] = 0
            current[i] = pool[0]
            i -= 1
        if i < 0:
            return


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable.

    permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif not isinstance(r, int):
        raise TypeError("Expected int as r")
    else:
        r = _check_r(r)
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    # cur is a permutation of the pool whose first r entries are the output;
    # left[i] counts the choices still open at position i.
    cur = list(pool)
    left = list(range(n, n - r, -1))
    whole = r == n
    yield tuple(cur) if whole else tuple(cur[:r])
    while n:
        i = r - 1
        while i >= 0:
            left[i] -= 1
            if left[i] == 0:
                # Position i has seen every choice: rotate it to the end.
                cur[i:] = cur[i + 1:] + cur[i:i + 1]
                left[i] = n - i
                i -= 1
            else:
                j = n - left[i]
                cur[i], cur[j] = cur[j], cur[i]
                yield tuple(cur) if whole else tuple(cur[:r])
                break
        if i < 0:
            return


def combinations(iterable, r):
    """Return successive r-length combinations of elements in the iterable.

    combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"""
    pool = tuple(iterable)
    return _combinations(pool, _check_r(r))


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    idx = list(range(r))
    cur = list(pool[:r])
    yield tuple(cur)
    while True:
        # The rightmost index that can still move right.
        i = r - 1
        while i >= 0 and idx[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        k = idx[i] + 1
        for j in range(i, r):
            idx[j] = k
            cur[j] = pool[k]
            k += 1
        yield tuple(cur)


def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.

    combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')"""
    pool = tuple(iterable)
    return _combinations_wr(pool, _check_r(r))


def _combinations_wr(pool, r):
    n = len(pool)
    if not n and r:
        return
    idx = [0] * r
    cur = [pool[0]] * r if r else []
    yield tuple(cur)
    while True:
        i = r - 1
        while i >= 0 and idx[i] == n - 1:
            i -= 1
        if i < 0:
            return
        k = idx[i] + 1
        item = pool[k]
        for j in range(i, r):
            idx[j] = k
            cur[j] = item
        yield tuple(cur)
