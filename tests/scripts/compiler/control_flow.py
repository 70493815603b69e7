# Control flow through the compiler's frame blocks: return/break/continue
# out of with/try/finally/except, loop else, swaps, starred targets,
# chained comparisons, augmented targets, conditional jumps, asserts.
def ret_in_with(log):
    with open("/dev/null") as f:
        for i in range(3):
            try:
                if i == 1:
                    return i
            finally:
                log.append(i)
log = []
print(ret_in_with(log), log)

def nested_finally():
    out = []
    try:
        try:
            out.append(1)
            return out
        finally:
            out.append(2)
    finally:
        out.append(3)
print(nested_finally())

def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())

def break_continue_else():
    out = []
    for i in range(5):
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    else:
        out.append("else")
    while True:
        out.append("w")
        break
    else:
        out.append("never")
    return out
print(break_continue_else())

def except_as_cleared():
    try:
        raise ValueError("x")
    except ValueError as err:
        msg = str(err)
    try:
        err
    except NameError as e2:
        return msg, str(e2)
print(except_as_cleared())

def return_from_except():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return type(e).__name__
print(return_from_except())

def continue_in_except():
    out = []
    for i in range(3):
        try:
            if i % 2:
                raise KeyError(i)
            out.append(i)
        except KeyError:
            out.append("k")
            continue
        finally:
            out.append("f")
    return out
print(continue_in_except())

def break_in_except_with_name():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 1:
                break
    return i
print(break_in_except_with_name())

def reraise_chain():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise ValueError("b")
    except ValueError as e:
        return repr(e.__context__)
print(reraise_chain())

def raise_from():
    try:
        raise ValueError("v") from KeyError("k")
    except ValueError as e:
        return repr(e.__cause__), e.__suppress_context__
print(raise_from())

def with_multiple():
    with open("/dev/null") as a, open("/dev/null") as b:
        return a.read() + b.read() + "ab"
print(with_multiple())

def loop_else_break_in_try():
    for i in range(3):
        try:
            pass
        finally:
            if i == 2:
                break
    else:
        return "else"
    return "broke"
print(loop_else_break_in_try())

def swaps():
    a, b, c = 1, 2, 3
    a, b = b, a
    a, b, c = c, a, b
    return a, b, c
print(swaps())

def star_targets():
    a, *b, c = range(6)
    (d, e), f = (1, 2), 3
    [g, [h, *i]] = [1, [2, 3, 4]]
    return a, b, c, d, e, f, g, h, i
print(star_targets())

def chained_cmp(x):
    return 1 < x < 10, 1 < x > 0 == 0, x in [1, 2] , x not in {3, 4}
print(chained_cmp(2), chained_cmp(50))

def aug_targets():
    d = {"k": [1]}
    d["k"][0] += 5
    l = [[0, 1]]
    l[0][1] -= 7
    return d, l
print(aug_targets())

def cond_expr_jumps(a, b):
    out = []
    if a and b or not a and not b:
        out.append("eq")
    if not (a or b):
        out.append("none")
    if (a if b else b):
        out.append("ifexp")
    while a and b:
        out.append("loop")
        break
    return out
print(cond_expr_jumps(True, True), cond_expr_jumps(False, False), cond_expr_jumps(True, False))

def asserts(v):
    try:
        assert v, "msg %d" % v
        assert v > 1
    except AssertionError as e:
        return repr(e)
print(asserts(0), asserts(1), asserts(2))
