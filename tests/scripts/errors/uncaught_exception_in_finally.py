# An exception raised in a finally block replaces the one in flight (shown as context).
def work():
    try:
        print("working")
        raise ValueError("first")
    finally:
        print("cleaning up")
        raise OSError("cleanup failed")
work()
