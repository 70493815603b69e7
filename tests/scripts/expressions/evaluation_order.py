# Left-to-right evaluation: operands, arguments, subscripts, dict displays, assignments.
log = []
def v(tag, value=None):
    log.append(tag)
    return tag if value is None else value
def show(expr_result):
    print(expr_result, log)
    log.clear()
show(v("a", 1) + v("b", 2) * v("c", 3))
show(v("a", 2) ** v("b", 3) ** v("c", 1))
show(v("f", lambda *a, **k: (a, k))(v("x"), v("y"), k=v("z")))
show(v("list", [10, 20, 30])[v("idx", 1)])
show({v("k1"): v("v1"), v("k2"): v("v2")})
show([v("e1"), v("e2"), *v("star", ["s"]), v("e3")])
show(v("a", 0) or v("b", 0) or v("c", 7))
show(v("cond", True) and v("then", "T"))
show(v("t", "T") if v("test", True) else v("f", "F"))
d = {}
d[v("key")] = v("value")
show(d)
target = [0, 0]
target[v("i", 0)], target[v("j", 1)] = v("r1", 5), v("r2", 6)
show(target)
x = v("x1", 1), v("x2", 2)
show(x)
show(v("s", "abcdef")[v("start", 1):v("stop", 5):v("step", 2)])
show([v(f"item{i}", i) for i in range(3)])
show(v("lhs", 1) < v("mid", 2) < v("rhs", 3))
show(f"{v('fa')}{v('fb')}")
show(v("m", max)(v("p", 1), v("q", 5)))
