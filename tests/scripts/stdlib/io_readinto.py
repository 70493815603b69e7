# readinto() of binary files opened with open(): buffered and raw.
import os

path = "/tmp/gilpy_io_readinto_%d.bin" % os.getpid()
try:
    with open(path, "wb") as w:
        w.write(b"0123456789")
        b = bytearray(2)
        try:
            w.readinto(b)
        except Exception as e:
            print(type(e).__name__, e)
    for buffering in (-1, 0):
        with open(path, "rb", buffering=buffering) as f:
            b = bytearray(4)
            print(f.readinto(b), b, f.read(1), f.readinto(b), b, f.readinto(b), b,
                  f.readinto(bytearray()), f.tell())
            for arg in (b"xx", "s", None):
                try:
                    f.readinto(arg)
                except TypeError as e:
                    print("TypeError", e)
        try:
            f.readinto(b)
        except ValueError as e:
            print("ValueError", e)
    with open(path, "rb") as f:
        try:
            f.readinto()
        except TypeError as e:
            print("TypeError", e)
    with open(path) as f:
        print(hasattr(f, "readinto"))
finally:
    os.remove(path)
