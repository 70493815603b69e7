# heapq: heap operations with CPython's exact sift order, nlargest/nsmallest
# with ties, merge.
import heapq
import random

rng = random.Random(12345)
data = [rng.randrange(50) for _ in range(40)]

h = []
for v in data:
    heapq.heappush(h, v)
print(h)
print([heapq.heappop(h) for _ in range(len(data))])

h2 = list(data)
heapq.heapify(h2)
print(h2)
print(heapq.heapreplace(h2, 25), h2[:10])
print(heapq.heappushpop(h2, -1), heapq.heappushpop(h2, 30), h2[:10])
print(heapq.heappushpop([], 5))


# ties: items compare equal on the first field only
class Item:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag

    def __lt__(self, other):
        return self.k < other.k

    def __repr__(self):
        return "%d%s" % (self.k, self.tag)


items = [Item(rng.randrange(5), chr(97 + i % 26)) for i in range(30)]
hi = []
for it in items:
    heapq.heappush(hi, it)
print(hi)
print([heapq.heappop(hi) for _ in range(10)])
hi2 = list(items)
heapq.heapify(hi2)
print(hi2)

pairs = [(rng.randrange(4), i) for i in range(20)]
for n in (0, 1, 3, 7, 25):
    print(n, heapq.nsmallest(n, pairs, key=lambda p: p[0]),
          heapq.nlargest(n, pairs, key=lambda p: p[0]))
print(heapq.nsmallest(4, data), heapq.nlargest(4, data))
print(heapq.nsmallest(3, iter(data)), heapq.nlargest(3, iter(data)))
print(heapq.nlargest(2, []), heapq.nsmallest(1, []), heapq.nlargest(1, iter([3, 9, 2])))

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 4, 2], reverse=True)))
print(list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda t: t[0])))
print(list(heapq.merge()), list(heapq.merge([1, 2])))

for call in (lambda: heapq.heappush(1, 2), lambda: heapq.heappop([]),
             lambda: heapq.heappop(()), lambda: heapq.heapify((1,)),
             lambda: heapq.heapreplace([], 1), lambda: heapq.heappushpop((), 1)):
    try:
        call()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
