# A dict literal missing a value.
d = {"a": 1, "b": }
print(d)
