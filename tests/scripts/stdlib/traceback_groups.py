# Exception groups whose members carry notes, causes and contexts, printed
# by traceback.print_exc and (the same text) by the uncaught-exception hook.
import sys, traceback
def member(i):
    try:
        raise KeyError(i)
    except KeyError as k:
        e = ValueError(f"v{i}")
        e.add_note(f"note {i}")
        if i % 2:
            raise e from k
        raise e
errs = []
for i in range(3):
    try:
        member(i)
    except ValueError as e:
        errs.append(e)
try:
    try:
        raise ExceptionGroup("top", errs + [ExceptionGroup("sub", [TypeError("t")])])
    except ExceptionGroup as g:
        g.add_note("group note")
        raise
except ExceptionGroup as g:
    traceback.print_exc(file=sys.stdout)
    raise
