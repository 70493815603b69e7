# Output printed before the uncaught exception is flushed to stdout; the traceback goes to stderr.
for i in range(5):
    print("line", i)
print("partial line without newline", end="")
x = {"k": [1, 2]}["k"][5]
