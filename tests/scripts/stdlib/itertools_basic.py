# itertools: infinite, terminating and combinatoric iterators.
from itertools import (accumulate, chain, combinations,
                       combinations_with_replacement, compress, count, cycle,
                       dropwhile, filterfalse, groupby, islice, pairwise,
                       permutations, product, repeat, starmap, takewhile, tee,
                       zip_longest)
import operator

c = count(5)
print(repr(c), next(c), next(c), repr(c))
print(repr(count()), repr(count(2, 3)), repr(count(1.5)), repr(count(1, 1.0)))
print(list(islice(count(10, -2), 4)), list(islice(count(0.5, 0.25), 3)))
try:
    count("a")
except TypeError as e:
    print("TypeError", e)
print(list(islice(cycle("abc"), 7)), list(cycle([])))
r = repeat("a", 3)
print(repr(r), list(r), repr(r), repr(repeat(None)), repr(repeat(1, -4)))
print(list(islice(repeat(7), 3)), list(map(pow, range(4), repeat(2))))

print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], operator.mul, initial=10)),
      list(accumulate([], initial=5)), list(accumulate([])))
print(list(chain("ab", [1, 2], ())), list(chain()),
      list(chain.from_iterable(["xy", range(2)])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
print(list(filterfalse(lambda x: x % 2, range(8))), list(filterfalse(None, [0, 1, "", "a"])))
print(list(starmap(pow, [(2, 3), (3, 2)])))
print(list(pairwise("abcd")), list(pairwise("a")))
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest("ab", "xyz")))

print([(k, list(g)) for k, g in groupby("aaabccdaa")])
print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = groupby("aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2), [k for k, _ in groups])

print(list(islice("abcdefg", 3)), list(islice("abcdefg", 2, 5)),
      list(islice("abcdefg", 1, None, 2)), list(islice("abcdefg", 5, 2)))
it = iter(range(10))
print(list(islice(it, 0, 4, 3)), next(it))
for bad in [(-1,), (0, 5, 0), ("a",)]:
    try:
        islice("abc", *bad)
    except ValueError as e:
        print("ValueError", e)

a, b = tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
x, y, z = tee("hey", 3)
print(list(x), list(y), list(z), tee("a", 0))

print(list(product("ab", range(2))), list(product([1, 2], repeat=2)))
print(list(product()), list(product("ab", [])))
print(list(permutations("abc")), list(permutations(range(3), 2)))
print(list(permutations("ab", 3)), list(permutations([], 0)))
print(list(combinations("abcd", 2)), list(combinations(range(3), 0)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement("", 2)))
try:
    list(permutations("ab", -1))
except ValueError as e:
    print("ValueError", e)
try:
    product("a", repeat=-1)
except ValueError as e:
    print("ValueError", e)
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))))
