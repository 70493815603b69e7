# KeyError's message is the repr of the key.
d = {}
d["a key with 'quotes'"]
