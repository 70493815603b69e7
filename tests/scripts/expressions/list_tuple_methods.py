# list and tuple methods and in-place operations.
lst = [3, 1, 4, 1, 5, 9, 2, 6]
lst.append(5); lst.extend([3, 5]); lst.insert(0, 0); lst.insert(-1, 99); lst.insert(100, "end")
print(lst, len(lst))
print(lst.pop(), lst.pop(0), lst.pop(-2), lst, lst.index(1), lst.index(1, 2), lst.count(5), lst.count(7))
lst.remove(1)
print(lst)
lst.reverse()
print(lst)
lst.sort()
print(lst)
lst.sort(reverse=True, key=lambda x: x % 4)
print(lst)
c = lst.copy()
c.clear()
print(c, len(lst), lst[:3])
words = ["pear", "Apple", "fig", "banana"]
words.sort(key=str.lower)
print(words, sorted(words, key=len, reverse=True))
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(2, 2), t[1:4], t + (4,), t * 2, len(t), min(t), max(t), 2 in t)
print(list(t), tuple(lst[:2]), tuple("ab"), list("ab"), list({"k": 1}), tuple(range(3)), (1,) == tuple([1]))
nested = [[1, 2], [3, [4, 5]]]
shallow = nested.copy()
shallow[1][1].append(6)
print(nested, shallow is nested, shallow[1] is nested[1])
a = [1, 2, 3]
a[1:2] = [7, 8, 9]
a[:0] = [0]
a[len(a):] = [10]
print(a, a[::2], a[::-2])
stack, queue = [], [1, 2, 3]
stack.append("a"); stack.append("b")
print(stack.pop(), stack, queue.pop(0), queue)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [[]] * 2, [0] * 3 + [1], list(range(3)) * 2)
for bad in (lambda: [].pop(), lambda: [1].index(2), lambda: [1].remove(2), lambda: (1,).index(2), lambda: [3, "a"].sort(), lambda: [1].insert("x", 1),
            lambda: (1, 2).append(3), lambda: [1, 2, 3].pop(5)):
    try:
        print(bad())
    except (IndexError, ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
