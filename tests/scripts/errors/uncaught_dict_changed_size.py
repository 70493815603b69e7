# Adding keys while iterating a dict raises RuntimeError.
scores = {"ada": 3, "bob": 5}
for name in scores:
    print(name)
    scores[name.upper()] = scores[name]
