# while loops: conditions, break/continue, else, nested loops, loop variables.
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
i = 0
found = None
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i * i > 30:
        found = i
        break
else:
    print("no break")
print("found", found)
j = 0
while j < 3:
    j += 1
else:
    print("else after normal end", j)
while False:
    print("never")
else:
    print("else when the body never runs")
outer = 0
pairs = []
while outer < 4:
    inner = 0
    while True:
        if inner >= outer:
            break
        pairs.append((outer, inner))
        inner += 1
    outer += 1
print(pairs)
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
count = 0
while (count := count + 1) < 5:
    pass
print("count", count)
total = 0
k = 10
while k:
    k -= 1
    if k == 5:
        continue
    total += k
print(total)
