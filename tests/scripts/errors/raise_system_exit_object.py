# raise SystemExit with a non-int, non-None code: the code is printed to stderr, status 1.
print("start")
raise SystemExit(["a", "list"])
