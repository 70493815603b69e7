# Text files: the newline argument on reading and writing, encodings
# (utf-8, latin-1, ascii) with errors=, and the argument errors of open().
import sys

path = "/tmp/gilpy-test-files-text-%d.txt" % sys.version_info[0]
with open(path, "wb") as f:
    f.write(b"a\r\nb\rc\nd\r")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(path, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(path, newline=nl) as f:
        print(repr(nl), repr(f.read()))
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(path, "w", newline=nl) as f:
        f.write("1\n2\r\n3\r")
    with open(path, "rb") as f:
        print(repr(nl), f.read())
for call in [lambda: open(path, newline="x"), lambda: open(path, newline=5),
             lambda: open(path, "rb", newline=""), lambda: open(path, "rb", errors="strict"),
             lambda: open(path, encoding="foo"), lambda: open(path, encoding=5),
             lambda: open(path, errors=5)]:
    try:
        call()
    except (ValueError, TypeError, LookupError) as e:
        print(type(e).__name__ + ":", e)
with open(path, "w", encoding="ascii") as f:
    try:
        f.write("é")
        f.flush()
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
with open(path, "w", encoding="latin-1") as f:
    try:
        f.write("€")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
with open(path, "w", encoding="ascii", errors="replace") as f:
    f.write("é!")
with open(path, "rb") as f:
    print(f.read())
with open(path, "wb") as f:
    f.write(b"ab\xe9\n")
for enc, errors in [(None, None), ("ascii", None), (None, "replace"), (None, "ignore"),
                    ("latin-1", None), ("LATIN_1", None), ("iso-8859-1", None)]:
    try:
        with open(path, encoding=enc, errors=errors) as f:
            print(enc, errors, repr(f.read()), f.encoding, f.errors)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
with open(path, encoding="latin-1") as f:
    print(f.readline(), f.readline() == "")
print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors, sys.stdin.encoding)
