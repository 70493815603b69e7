# Tracebacks of attribute access and method calls spread over lines: CPython
# 3.11 reports the line of the attribute name.
def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out
try:
    x = ("abc"
         .upper(1))
except TypeError as e:
    print(lines(e))
try:
    x = ("abc"
         .strip()
         .split()
         .nope())
except AttributeError as e:
    print(lines(e))
try:
    x = ("abc".
         upper(
             1))
except TypeError as e:
    print(lines(e))
try:
    x = (len
         (1))
except TypeError as e:
    print(lines(e))
try:
    x = ("abc"
         .upper
         (1))
except TypeError as e:
    print(lines(e))
try:
    x = ("abc"
         .upper(*[1]))
except TypeError as e:
    print(lines(e))
try:
    x = (None
         .attr)
except AttributeError as e:
    print(lines(e))
def o():
    pass
try:
    o.count = 0
    (o
     .missing) += 1
except AttributeError as e:
    print(lines(e))
try:
    (None
     .attr) = 5
except AttributeError as e:
    print(lines(e))
try:
    del (o
         .nothing)
except AttributeError as e:
    print(lines(e))
try:
    (o.count
     .bit_length
     .nope)
except AttributeError as e:
    print(lines(e))
