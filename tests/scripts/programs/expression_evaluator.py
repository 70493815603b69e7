# A recursive-descent parser and evaluator for arithmetic with variables and functions.
import math
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j])))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif src.startswith("**", i):
            tokens.append(("op", "**")); i += 2
        elif ch in "+-*/%(),":
            tokens.append(("op", ch)); i += 1
        else:
            raise SyntaxError(f"bad character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "floor": math.floor}
def evaluate(src, env):
    tokens, pos = tokenize(src), 0
    def peek():
        return tokens[pos]
    def take(kind=None, value=None):
        nonlocal pos
        tok = tokens[pos]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise SyntaxError(f"expected {value or kind}, got {tok[1]!r}")
        pos += 1
        return tok
    def expr():
        value = term()
        while peek() in (("op", "+"), ("op", "-")):
            op = take()[1]
            value = value + term() if op == "+" else value - term()
        return value
    def term():
        value = unary()
        while peek()[0] == "op" and peek()[1] in "*/%" and peek()[1] != "**":
            op = take()[1]
            rhs = unary()
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value
    def unary():
        if peek() == ("op", "-"):
            take()
            return -unary()
        return power()
    def power():
        base = atom()
        if peek() == ("op", "**"):
            take()
            return base ** unary()
        return base
    def atom():
        kind, value = take()
        if kind == "num":
            return value
        if kind == "name":
            if peek() == ("op", "("):
                take()
                args = [expr()]
                while peek() == ("op", ","):
                    take()
                    args.append(expr())
                take("op", ")")
                return FUNCS[value](*args)
            return env[value]
        if (kind, value) == ("op", "("):
            inner = expr()
            take("op", ")")
            return inner
        raise SyntaxError(f"unexpected {value!r}")
    result = expr()
    take("end")
    return result
env = {"x": 3, "y": 4, "rate": 0.25}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "sqrt(x*x + y*y)", "10 / 4", "10 % 4 - -3",
            "max(1, x, y) * min(5, 2)", "floor(rate * 100) + abs(-7)", "2 ** 100", "1 / 0", "z + 1", "1 +", "3 $ 4", "(1"]:
    try:
        print(f"{src:32} = {evaluate(src, env)!r}")
    except (SyntaxError, ZeroDivisionError, KeyError) as e:
        print(f"{src:32} ! {type(e).__name__}: {e}")
