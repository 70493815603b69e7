# Immutable linked lists built from nested tuples: cons, map, filter, reverse, merge sort.
EMPTY = None
def cons(head, tail):
    return (head, tail)
def from_list(items):
    result = EMPTY
    for item in reversed(items):
        result = cons(item, result)
    return result
def to_list(node):
    out = []
    while node is not EMPTY:
        out.append(node[0])
        node = node[1]
    return out
def length(node):
    n = 0
    while node:
        n, node = n + 1, node[1]
    return n
def lmap(fn, node):
    return EMPTY if node is EMPTY else cons(fn(node[0]), lmap(fn, node[1]))
def lfilter(pred, node):
    if node is EMPTY:
        return EMPTY
    rest = lfilter(pred, node[1])
    return cons(node[0], rest) if pred(node[0]) else rest
def reverse(node):
    acc = EMPTY
    while node:
        acc, node = cons(node[0], acc), node[1]
    return acc
def split(node):
    slow, fast, left = node, node[1], []
    while fast and fast[1]:
        left.append(slow[0])
        slow, fast = slow[1], fast[1][1]
    left.append(slow[0])
    return from_list(left), slow[1]
def merge(a, b):
    out = []
    while a and b:
        if a[0] <= b[0]:
            out.append(a[0]); a = a[1]
        else:
            out.append(b[0]); b = b[1]
    return from_list(out + to_list(a or b))
def sort(node):
    if node is EMPTY or node[1] is EMPTY:
        return node
    left, right = split(node)
    return merge(sort(left), sort(right))
nums = from_list([5, 3, 8, 1, 9, 2, 7])
print(nums)
print(to_list(nums), length(nums), length(EMPTY))
print(to_list(lmap(lambda x: x * x, nums)), to_list(lfilter(lambda x: x % 2, nums)))
print(to_list(reverse(nums)), to_list(sort(nums)), to_list(sort(from_list(list("linkedlist")))))
shared_tail = from_list([100, 200])
a, b = cons(1, shared_tail), cons(2, shared_tail)
print(a[1] is b[1], to_list(a), to_list(b), a == (1, (100, (200, None))), hash(a) == hash((1, (100, (200, None)))))
big = from_list(list(range(500)))
print(length(big), to_list(sort(reverse(big)))[:5], sum(to_list(big)))
