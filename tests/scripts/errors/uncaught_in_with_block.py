# An exception inside a with block propagates after the file is closed.
path = "/tmp/gilpy_test_uncaught_with.txt"
with open(path, "w") as f:
    f.write("data\n")
with open(path) as f:
    line = f.readline()
    print("read", repr(line), "closed:", f.closed)
    number = int(line)
