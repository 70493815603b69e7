# for/while with else, break and continue.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")

i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print("multiple of three:", i)
else:
    print("while finished, i =", i)

for c in "abc":
    pass
else:
    print("last", c)

k = 0
while True:
    k += 1
    if k == 4:
        break
print("k", k)
