# Deeply nested brackets, long expressions and long string literals.
v = ((((((((((((((((((((1))))))))))))))))))))
print(v)
nested = [[[[[[[[[[["deep"]]]]]]]]]]]
print(nested[0][0][0][0][0][0][0][0][0][0][0])
d = {"a": {"b": {"c": {"d": {"e": {"f": [1, (2, {"g": 3})]}}}}}}
print(d["a"]["b"]["c"]["d"]["e"]["f"][1][1]["g"])
total = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20 + 21 + 22 + 23 + 24 + 25 + 26 + 27 + 28 + 29 + 30 + 31 + 32 + 33 + 34 + 35 + 36 + 37 + 38 + 39 + 40 + 41 + 42 + 43 + 44 + 45 + 46 + 47 + 48 + 49 + 50
print(total)
expr = (((1 + 2) * (3 - 4)) // ((5 % 3) ** (2 + (1 - 1)))) - (-(-(-(7))))
print(expr)
long_string = "abcdefghij" "klmnopqrst" "uvwxyz0123" "456789ABCD" "EFGHIJKLMN" "OPQRSTUVWX" "YZ" * 1
print(long_string, len(long_string))
s = "x" * 1000
print(len(s), s[:3], s[-3:])
big_literal = 123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890
print(big_literal % 1000003, len(str(big_literal)))
call = max(min(max(min(max(1, 2), 3), 4), 5), min(max(6, 7), 8))
print(call)
lst = [x for x in [y for y in [z for z in range(10) if z % 2] if y > 2] if x < 9]
print(lst)
f = lambda a: lambda b: lambda c: lambda d: a + b + c + d
print(f(1)(2)(3)(4))
cond = 1 if 0 else 2 if 0 else 3 if 0 else 4 if 0 else 5
print(cond)
chain = 1 < 2 < 3 < 4 < 5 < 6 < 7 < 8 < 9 < 10
print(chain)
names = ["n" + str(i) for i in range(300)]
env = {}
exec("\n".join([f"{n} = {i}" for i, n in enumerate(names)]), env)
print(env["n0"], env["n299"], sum([env[n] for n in names]))
src = "(" * 50 + "7" + ")" * 50
print(eval(src))
