# Unpacking: every form of UNPACK_SEQUENCE / UNPACK_EX and their errors.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

def u2(v):
    a, b = v
    return a, b

def u3(v):
    a, b, c = v
    return a, b, c

def star_mid(v):
    a, *b, c = v
    return a, b, c

def star_first(v):
    *a, b = v
    return a, b

def star_last(v):
    a, b, *c = v
    return a, b, c

for v in [(1, 2), [3, 4], "ab", range(2), {5: 0, 6: 0}, iter([7, 8]), (1,), [1, 2, 3], 5, None, 2.5]:
    show(lambda: u2(v))
for v in [(1, 2, 3), "xy", [], 1]:
    show(lambda: u3(v))
for v in [(1, 2), [1, 2, 3, 4, 5], "abc", (1,), [], 7]:
    show(lambda: star_mid(v))
    show(lambda: star_first(v))
    show(lambda: star_last(v))

(x, (y, z)), w = (1, (2, 3)), 4
print(x, y, z, w)
a, *b = range(5)
print(a, b)
[p, q] = "pq"
print(p, q)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
