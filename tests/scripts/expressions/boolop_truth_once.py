# and/or chains: each operand's __bool__ is called at most once, values as CPython
import itertools
calls = []
class B:
    def __init__(self, name, v): self.name, self.v = name, v
    def __bool__(self):
        calls.append(self.name); return self.v
    def __repr__(self): return self.name
exprs = ["a and b or c", "a or b and c", "(a and b) and c", "(a or b) or c",
         "(a and b) or (c and d)", "(a or b) and (c or d)", "a and (b or c) and d",
         "((a and b) or c) and d", "a or (b and (c or d)) or e", "not (a and b) or c",
         "(a if b else c) and d", "[x for x in (a and b or c, d)]"]
for src in exprs:
    for bits in itertools.product([False, True], repeat=5):
        env = {n: B(n + str(int(v)), v) for n, v in zip("abcde", bits)}
        calls.clear()
        r = eval(src, env)
        print(src, bits, r, calls)
        calls.clear()
        if eval(src, env): pass
        print(" if", calls)
        calls.clear()
        while eval(src, env): break
