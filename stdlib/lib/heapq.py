"""Heap queue algorithm (a.k.a. priority queue).

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k.
The sift steps compare in the same order as CPython's, so heaps (and the
results of nlargest/nsmallest/merge, ties included) come out identical.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, func, numbered):
    if type(heap) is not list and not isinstance(heap, list):
        raise TypeError("%s() argument%s must be list, not %s"
                        % (func, " 1" if numbered else "", type(heap).__name__))


# ---- sift steps (min-heap) -------------------------------------------------

def _siftdown(heap, startpos, pos):
    # Move heap[pos] up towards startpos until its parent is not larger.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
        else:
            break
    heap[pos] = newitem


def _siftup(heap, pos):
    # Move the smaller child up until a leaf is reached, then put the item
    # there and sift it back down (fewer comparisons than stopping early).
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    if type(heap) is not list:
        _check_list(heap, "heappush", True)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if type(heap) is not list:
        _check_list(heap, "heappop", False)
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item.

    This is more efficient than heappop() followed by heappush(), and can be
    more appropriate when using a fixed-size heap.  Note that the value
    returned may be larger than item!  That constrains reasonable uses of
    this routine unless written as part of a conditional replacement:

        if item > heap[0]:
            item = heapreplace(heap, item)
    """
    _check_list(heap, "heapreplace", True)
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item from the heap.

    The combined action runs more efficiently than heappush() followed by
    a separate call to heappop()."""
    _check_list(heap, "heappushpop", True)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x, /):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _check_list(x, "heapify", False)
    for i in range(len(x) // 2 - 1, -1, -1):
        _siftup(x, i)


# ---- max-heap variants (used by merge(reverse=True) and nsmallest) ---------

def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
        else:
            break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def _heappop_max(heap):
    """Maxheap version of a heappop."""
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    """Maxheap version of a heappop followed by a heappush."""
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def _heapify_max(x):
    """Transform list into a maxheap, in-place, in O(len(x)) time."""
    for i in range(len(x) // 2 - 1, -1, -1):
        _siftup_max(x, i)


# ---- merge -----------------------------------------------------------------

def merge(*iterables, key=None, reverse=False):
    '''Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]

    If *key* is not None, applies a key function to each element to determine
    its sort order.

    >>> list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len))
    ['dog', 'cat', 'fish', 'horse', 'kangaroo']

    '''
    # Each heap entry is [sort value, tie-break rank, (item,) next-function];
    # the rank makes equal values come out in the order of their inputs.
    if reverse:
        heapify_ = _heapify_max
        pop_ = _heappop_max
        replace_ = _heapreplace_max
        sign = -1
    else:
        heapify_ = heapify
        pop_ = heappop
        replace_ = heapreplace
        sign = 1
    heap = []
    if key is None:
        for rank, iterable in enumerate(iterables):
            step = iter(iterable).__next__
            try:
                heap.append([step(), rank * sign, step])
            except StopIteration:
                pass
        heapify_(heap)
        while len(heap) > 1:
            try:
                while True:
                    entry = heap[0]
                    yield entry[0]
                    entry[0] = entry[2]()
                    replace_(heap, entry)
            except StopIteration:
                pop_(heap)
        if heap:
            entry = heap[0]
            yield entry[0]
            step = entry[2]
            while True:
                try:
                    value = step()
                except StopIteration:
                    return
                yield value
        return

    for rank, iterable in enumerate(iterables):
        step = iter(iterable).__next__
        try:
            value = step()
        except StopIteration:
            continue
        heap.append([key(value), rank * sign, value, step])
    heapify_(heap)
    while len(heap) > 1:
        try:
            while True:
                entry = heap[0]
                yield entry[2]
                value = entry[3]()
                entry[0] = key(value)
                entry[2] = value
                replace_(heap, entry)
        except StopIteration:
            pop_(heap)
    if heap:
        entry = heap[0]
        yield entry[2]
        step = entry[3]
        while True:
            try:
                value = step()
            except StopIteration:
                return
            yield value


# ---- nsmallest / nlargest --------------------------------------------------

_NOTHING = object()


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        it = iter(iterable)
        if key is None:
            result = min(it, default=_NOTHING)
        else:
            result = min(it, default=_NOTHING, key=key)
        return [] if result is _NOTHING else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    # Keep the n best so far in a max-heap of (value, rank[, item]); a later
    # equal value never displaces an earlier one, as a stable sort would.
    it = iter(iterable)
    if key is None:
        best = [(item, rank) for rank, item in zip(range(n), it)]
        if not best:
            return best
        _heapify_max(best)
        worst = best[0][0]
        rank = n
        for item in it:
            if item < worst:
                _heapreplace_max(best, (item, rank))
                worst = best[0][0]
                rank += 1
        best.sort()
        return [entry[0] for entry in best]
    best = [(key(item), rank, item) for rank, item in zip(range(n), it)]
    if not best:
        return best
    _heapify_max(best)
    worst = best[0][0]
    rank = n
    for item in it:
        k = key(item)
        if k < worst:
            _heapreplace_max(best, (k, rank, item))
            worst = best[0][0]
            rank += 1
    best.sort()
    return [entry[2] for entry in best]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        it = iter(iterable)
        if key is None:
            result = max(it, default=_NOTHING)
        else:
            result = max(it, default=_NOTHING, key=key)
        return [] if result is _NOTHING else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    # A min-heap of the n best so far; ranks count down so that, among equal
    # values, the earlier item ranks higher and stays.
    it = iter(iterable)
    if key is None:
        best = [(item, rank) for rank, item in zip(range(0, -n, -1), it)]
        if not best:
            return best
        heapify(best)
        worst = best[0][0]
        rank = -n
        for item in it:
            if worst < item:
                heapreplace(best, (item, rank))
                worst = best[0][0]
                rank -= 1
        best.sort(reverse=True)
        return [entry[0] for entry in best]
    best = [(key(item), rank, item) for rank, item in zip(range(0, -n, -1), it)]
    if not best:
        return best
    heapify(best)
    worst = best[0][0]
    rank = -n
    for item in it:
        k = key(item)
        if worst < k:
            heapreplace(best, (k, rank, item))
            worst = best[0][0]
            rank -= 1
    best.sort(reverse=True)
    return [entry[2] for entry in best]
