# concurrent/__init__.py: the `concurrent` package; its only member is
# concurrent.futures.
