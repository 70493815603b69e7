# with statement on files: writing, reading, appending, iteration.
import os

path = "with_files_tmp.txt"
with open(path, "w") as f:
    f.write("line one\n")
    f.write("line two\n")
    print(f.closed)
print(f.closed)
with open(path, "a") as f:
    print("line three", file=f)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    for number, line in enumerate(f, 1):
        print(number, line.rstrip())
with open(path) as a, open(path, "rb") as b:
    print(a.readline(), b.read(4))
os.remove(path)
try:
    open("/nonexistent/file.txt")
except FileNotFoundError as err:
    print(err.errno, err)
