# Exception groups in chains: a group as the context of a member, a group
# with a __cause__, printed as CPython 3.11 does.
def f():
    raise ExceptionGroup("first", [ValueError(1), TypeError(2)])
def g():
    try:
        f()
    except ExceptionGroup:
        raise KeyError("after group")
try:
    g()
except KeyError as k:
    eg = ExceptionGroup("outer", [k, OSError(5)])
    eg.__cause__ = RuntimeError("cause of outer")
raise eg
