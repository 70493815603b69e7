# secrets: sizes and alphabets of tokens, ranges of randbelow/choice/randbits,
# errors, compare_digest.
import secrets, string

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(0)))
print(len(secrets.token_hex()), len(secrets.token_hex(7)), set(secrets.token_hex(64)) <= set(string.hexdigits.lower()))
u = secrets.token_urlsafe(30)
print(len(u), set(u) <= set(string.ascii_letters + string.digits + '-_'), len(secrets.token_urlsafe()))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), secrets.randbelow(1))
print(all(secrets.choice('abc') in 'abc' for _ in range(50)), 0 <= secrets.randbits(8) < 256)
print(len({secrets.token_hex(16) for _ in range(20)}))
for f, a in [(secrets.randbelow, 0), (secrets.randbelow, -5), (secrets.choice, []), (secrets.token_bytes, -1)]:
    try:
        f(a)
    except Exception as e:
        print(type(e).__name__, e)
print(secrets.compare_digest(b'a', b'a'), secrets.compare_digest('a', 'b'), secrets.DEFAULT_ENTROPY)
print(isinstance(secrets.SystemRandom(), secrets.SystemRandom), sorted(secrets.__all__))
