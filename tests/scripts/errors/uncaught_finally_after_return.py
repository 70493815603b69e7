# A finally block that raises after a return: the exception wins and the return value is lost.
def compute():
    try:
        print("returning 42")
        return 42
    finally:
        print("finally raises")
        raise RuntimeError("raised in finally after return")
print(compute())
