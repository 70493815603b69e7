# Assignment expressions (:=) in conditions, comprehensions, calls and nesting.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
values = []
i = 0
while (item := data[i]) != 9:
    values.append(item)
    i += 1
print(values, item)
print([y for x in data if (y := x * 2) > 6], y)
print([(last := x) for x in range(5)], last)
totals = [total := 0] + [total := total + x for x in data]
print(totals, total)
print((z := 10) + z, z)
print(f"{(w := 5) * 2} {w}")
def f():
    if (m := max(data)) > 5:
        return m
print(f(), "m" in globals())
lines = ["a", "bb", "", "ccc"]
lengths = [ln for s in lines if (ln := len(s))]
print(lengths)
print(any([(hit := v) > 8 for v in data]), hit)
print(all([(seen := v) < 9 for v in data]), seen)
def g():
    results = [(k := v) for v in "xyz"]
    return results, k
print(g())
print([(a := 1, b := a + 1) for _ in range(2)], a, b)
count = 0
print([count := count + 1 for _ in range(3)], count)
