import io
b = io.BytesIO(b'abcdef')
m = b.getbuffer()
print(len(m), m.format, m.readonly, type(m.obj).__name__, bytes(m))
m[0] = 65
print(b.getvalue())
for name, f in [('write', lambda: b.write(b'x')), ('truncate', lambda: b.truncate(2)), ('close', lambda: b.close()), ('seek', lambda: b.seek(0)), ('read', lambda: b.read(2)), ('writelines', lambda: b.writelines([b'a'])), ('setstate', lambda: b.__setstate__((b'', 0, None))), ('init', lambda: b.__init__(b'zz')), ('getbuffer2', lambda: bytes(b.getbuffer()))]:
  try: print(name, f())
  except Exception as e: print(name, type(e).__name__, e)
m.release()
print(b.write(b'x'), b.getvalue())
with b.getbuffer() as m2:
    print(bytes(m2))
print(b.write(b'yz'), b.getvalue())
b.close()
try: b.getbuffer()
except Exception as e: print(type(e).__name__, e)
b = io.BytesIO(); print(len(b.getbuffer()))
try: io.BytesIO().getbuffer(1)
except Exception as e: print(type(e).__name__, e)
b = io.BytesIO(b'hello')
m = b.getbuffer()
del b
print(bytes(m[1:3]))
m.release()
