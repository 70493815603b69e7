# A KeyError raised inside an f-string replacement field.
def label(record):
    return f"{record['name']:>8}|{record['qty']:04d}"
print(label({"name": "bolts", "qty": 12}))
print(label({"name": "nuts"}))
