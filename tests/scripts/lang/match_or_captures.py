# OR patterns binding the same names in different orders, nested inside
# sequences and mappings, with guards and AS patterns.
def t(v):
    match v:
        case [x, (a, b, c) | {"c": c, "b": b, "a": a} | [c, [b, a]], y]:
            return ("seq", x, a, b, c, y)
        case {"k": (1, p, q) | (q, p, 2)} | [p, q, "pq"]:
            return ("map", p, q)
        case (m, n) | [[n, m]] if m < n:
            return ("guard", m, n)
        case [((1 as one) | (2 as one)), *rest] as whole:
            return ("as", one, rest, whole)
    return None
for v in [[0, (1, 2, 3), 4], [0, {"a": 1, "b": 2, "c": 3}, 4], [0, [3, [2, 1]], 4], {"k": (1, 5, 6)}, {"k": (6, 5, 2)},
          [7, 8, "pq"], (1, 2), [[2, 1]], (2, 1), [1, 9, 9], [2], [3]]:
    print(t(v))
