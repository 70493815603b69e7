# A traceback through sorted() with a lambda key that fails.
records = [{"name": "a", "age": 3}, {"name": "b"}]
print(sorted(records, key=lambda r: r["age"]))
