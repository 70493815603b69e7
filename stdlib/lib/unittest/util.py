"""unittest.util: reprs shortened for failure messages, class names, and the element
count differences assertCountEqual reports."""

from collections import namedtuple, Counter

__unittest = True

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN +
                               _PLACEHOLDER_LEN + _MIN_END_LEN)


def _shorten(s, prefixlen, suffixlen):
    # Replaces the middle of s by "[N chars]" when that saves enough.
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        return '%s[%d chars]%s' % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _commonprefix(strings):
    first, last = min(strings), max(strings)
    n = 0
    limit = min(len(first), len(last))
    while n < limit and first[n] == last[n]:
        n += 1
    return first[:n]


def _common_shorten_repr(*args):
    """The safe reprs of args, their shared beginning and overlong tails shortened
    so that the differing parts stay visible."""
    reprs = tuple(safe_repr(a) for a in args)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = _commonprefix(reprs)
    cut = len(prefix)
    common_len = _MAX_LENGTH - (longest - cut + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(prefix + r[cut:] for r in reprs)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(r[cut:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if not short or len(text) < _MAX_LENGTH:
        return text
    return text[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def sorted_list_difference(expected, actual):
    """(missing, unexpected): items of sorted list expected not in sorted list
    actual and the reverse, duplicates ignored."""
    missing = []
    unexpected = []
    i = j = 0
    while i < len(expected) and j < len(actual):
        e, a = expected[i], actual[j]
        if e < a:
            missing.append(e)
            while i < len(expected) and expected[i] == e:
                i += 1
        elif e > a:
            unexpected.append(a)
            while j < len(actual) and actual[j] == a:
                j += 1
        else:
            while i < len(expected) and expected[i] == e:
                i += 1
            while j < len(actual) and actual[j] == a:
                j += 1
    missing.extend(expected[i:])
    unexpected.extend(actual[j:])
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """As sorted_list_difference for unsortable items (quadratic); consumes both."""
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    """-1, 0 or 1 as x is less than, equal to or greater than y."""
    return (x > y) - (x < y)


_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _count_diff_all_purpose(actual, expected):
    """Mismatch(count in actual, count in expected, item) for each item whose
    counts differ; items need only support ==."""
    s, t = list(actual), list(expected)
    done = object()
    result = []
    for i, item in enumerate(s):
        if item is done:
            continue
        count_s = count_t = 0
        for k in range(i, len(s)):
            if s[k] == item:
                count_s += 1
                s[k] = done
        for k, other in enumerate(t):
            if other == item:
                count_t += 1
                t[k] = done
        if count_s != count_t:
            result.append(_Mismatch(count_s, count_t, item))
    for i, item in enumerate(t):
        if item is done:
            continue
        count_t = 0
        for k in range(i, len(t)):
            if t[k] == item:
                count_t += 1
                t[k] = done
        result.append(_Mismatch(0, count_t, item))
    return result


def _count_diff_hashable(actual, expected):
    """As _count_diff_all_purpose for hashable items."""
    s, t = Counter(actual), Counter(expected)
    result = []
    for item, count_s in s.items():
        count_t = t.get(item, 0)
        if count_s != count_t:
            result.append(_Mismatch(count_s, count_t, item))
    for item, count_t in t.items():
        if item not in s:
            result.append(_Mismatch(0, count_t, item))
    return result
