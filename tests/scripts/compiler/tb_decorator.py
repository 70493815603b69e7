# A decorator that raises: the traceback names the decorator's line.

def boom(f):
    raise ValueError("bad decorator")

def fine(f):
    return f

@fine
@boom
def target():
    pass
