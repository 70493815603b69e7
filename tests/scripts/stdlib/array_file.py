# array.tofile / array.fromfile: CPython's block writes, short reads and
# argument errors.
import array, io, os, tempfile

a = array.array('i', [1, 2, 3])
for f in [lambda: a.fromfile(io.BytesIO(b'\x01\x00\x00\x00\x02'), 2),
          lambda: a.fromfile(io.BytesIO(b'\x07\x00\x00\x00'), 2),
          lambda: a.fromfile(io.BytesIO(b''), -1), lambda: a.fromfile(5, 1), lambda: a.tofile(5),
          lambda: a.fromfile(io.BytesIO(b'\x05\x00\x00\x00'), 'x'), lambda: a.fromfile(1),
          lambda: a.tofile(), lambda: a.fromfile(1, 2, 3), lambda: a.tofile(1, 2),
          lambda: a.fromfile(io.StringIO('abcd'), 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(a)

class W:
    def write(self, b):
        print('write', type(b).__name__, len(b))
array.array('d', range(20000)).tofile(W())
array.array('b').tofile(W())

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'arr')
    src = array.array('h', range(-5, 5))
    with open(path, 'wb') as f:
        src.tofile(f)
    print(os.path.getsize(path))
    back = array.array('h')
    with open(path, 'rb') as f:
        back.fromfile(f, 4)
        back.fromfile(f, 6)
        try:
            back.fromfile(f, 1)
        except EOFError as e:
            print('EOFError', e)
    print(back == src, back)
