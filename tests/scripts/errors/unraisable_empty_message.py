# The "Exception ignored in" report ends with "Type: " even when the
# exception has no message (CPython's unraisable hook), unlike a traceback.
class Noisy:
    def __del__(self):
        raise KeyboardInterrupt

Noisy()
print("still running")
