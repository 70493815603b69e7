# dict: insertion order, views, update forms, merge operators, methods and errors.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()), len(d))
del d["b"]
d["b"] = 200
print(d, "b" in d, 200 in d, 200 in d.values(), ("a", 1) in d.items())
print(d.get("a"), d.get("zz"), d.get("zz", "default"), d.setdefault("a", 99), d.setdefault("new", []), d)
print(d.pop("new"), d.pop("missing", "fallback"), d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3), ("a", -1)])
print(d)
print(dict(a=1, b=2) == {"b": 2, "a": 1}, dict([(1, 2)]), dict(zip("ab", [1, 2])), dict({"k": 1}, k=2), dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
a, b = {"x": 1, "y": 2}, {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b} == a | b)
c = dict(a)
c |= b
print(c, a)
keys = a.keys()
a["w"] = 0
print(keys, len(keys), keys & {"x", "q"}, sorted(keys | {"q"}), sorted(keys - {"x"}), a.items() & {("x", 1)})
print(list(reversed({"p": 1, "q": 2, "r": 3})), list(reversed(a.keys())), list(reversed(a.values())))
nested = {"outer": {"inner": [1, {"deep": True}]}}
print(nested["outer"]["inner"][1]["deep"], repr(nested))
copy = nested.copy()
copy["outer"]["inner"].append(2)
print(nested["outer"]["inner"], copy is nested, copy == nested)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts, key=counts.get), max(counts.items(), key=lambda kv: kv[1]))
r = {}
r["self"] = r
print(r)
m = {1: "int", 1.0: "float", (1, 2): "tuple", None: "none", frozenset({1}): "fs", "": "empty"}
print(m, m[True], m[frozenset([1])])
d2 = {}
d2.clear()
print(d2, {} == dict(), {1: 1} == {1: 1.0}, {"a": 1} != {"a": 1, "b": 2})
for bad in (lambda: {}["k"], lambda: {[1]: 2}, lambda: dict(1), lambda: {}.pop("x"), lambda: {}.popitem(), lambda: dict([1, 2]), lambda: {"a": 1} | [("b", 2)]):
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
