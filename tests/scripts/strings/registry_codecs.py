for f in [lambda: 'a'.encode('nope'), lambda: b'a'.decode('nope'), lambda: str(b'a', 'nope'), lambda: bytes('a', 'nope'),
          lambda: 'é'.encode('utf-16-le'), lambda: 'é'.encode('utf_32_be'), lambda: b'\xe9\x00'.decode('UTF-16LE'),
          lambda: str(b'\xe9\x00', 'utf-16-le'), lambda: bytes('é', 'utf-16-be'), lambda: 'a'.encode(encoding='utf-16', errors='strict'),
          lambda: b'\xff\xfe\x00\xd8'.decode('utf-16'), lambda: 'x'.encode('unicode-escape'), lambda: 'x'.encode(' Unicode_Escape'),
          lambda: 'a'.encode(3), lambda: 'é'.encode('utf-16', 5)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
import codecs
def search(name):
    if name == 'silly':
        return codecs.CodecInfo(lambda s, e='strict': (42, len(s)), lambda b, e='strict': (b'x', len(b)), name='silly')
codecs.register(search)
for f in [lambda: 'a'.encode('silly'), lambda: b'a'.decode('silly'), lambda: codecs.encode('a', 'silly')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
