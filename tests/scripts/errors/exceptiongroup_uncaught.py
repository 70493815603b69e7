# An uncaught exception group from except*: CPython 3.11's boxed traceback
# with nested groups, a clause's exception and its context, a chained cause.
def load(name):
    raise KeyError(name)

def parse():
    try:
        load("cfg")
    except KeyError as e:
        raise ValueError("bad config") from e

def divide():
    raise ZeroDivisionError("division by zero")

def work():
    errors = []
    for step in (parse, divide):
        try:
            step()
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("work failed", [errors[0], ExceptionGroup("inner", errors[1:])])

def main():
    try:
        work()
    except* ZeroDivisionError:
        raise RuntimeError("cannot recover")

main()
