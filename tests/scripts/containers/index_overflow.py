# An integer index beyond a machine word raises IndexError "cannot fit 'int'
# into an index-sized integer" (not OverflowError) in every sequence type.
import array, collections

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

seqs = {
    "list": lambda: [1, 2], "tuple": lambda: (1, 2), "str": lambda: "ab",
    "bytes": lambda: b"ab", "bytearray": lambda: bytearray(b"ab"),
    "range": lambda: range(2), "deque": lambda: collections.deque([1, 2]),
    "array": lambda: array.array("i", [1, 2]), "memoryview": lambda: memoryview(b"ab"),
}
for name, make in seqs.items():
    for i in (-2**64, 2**64, -2**63 - 1, 2**63, Idx(2**100), -1, 2):
        show(f"{name}[{i if isinstance(i, int) else 'Idx'}]", lambda: make()[i])

for name in ("list", "bytearray", "deque", "array"):
    for i in (-2**64, 2**64):
        def store():
            s = seqs[name]()
            s[i] = 1
        def delete():
            s = seqs[name]()
            del s[i]
        show(f"{name} set", store)
        show(f"{name} del", delete)
mv = memoryview(bytearray(b"ab"))
show("memoryview set", lambda: mv.__setitem__(-2**64, 1))
