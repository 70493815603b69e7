# Implicit chaining in a finally block and an explicit cause, uncaught.
def cleanup():
    raise OSError("cleanup failed")

def work():
    try:
        [][1]
    finally:
        cleanup()

def outer():
    try:
        work()
    except OSError as e:
        raise RuntimeError("outer") from e

outer()
