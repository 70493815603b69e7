# uuid: construction from each form, every property, comparison/hashing,
# immutability, uuid1/3/4/5 (versions, variants, determinism), errors.
import pickle
import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low,
      u.node, u.time, u.clock_seq, u.variant, u.version, u.is_safe)
for other in [uuid.UUID('12345678123456781234567812345678'), uuid.UUID('urn:uuid:12345678-1234-5678-1234-567812345678'),
              uuid.UUID(bytes=u.bytes), uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(fields=u.fields),
              uuid.UUID(int=u.int)]:
    print(other == u, hash(other) == hash(u), int(other) == u.int)
v = uuid.UUID(int=u.int, version=4)
print(v, v.version, v.variant)
print(uuid.UUID(int=0).variant, uuid.UUID(int=0xc000 << 48).variant, uuid.UUID(int=0xe000 << 48).variant,
      uuid.UUID(int=0).version)
print(u == 5, u != uuid.UUID(int=1), u < uuid.UUID(int=2 ** 127), sorted([uuid.UUID(int=3), uuid.UUID(int=1)]))
print(pickle.loads(pickle.dumps(u)) == u, u.__getstate__())
print(uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe).__getstate__())
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid3(uuid.NAMESPACE_URL, 'http://x'))
try:
    uuid.uuid3(uuid.NAMESPACE_URL, b'http://x')
except TypeError as e:
    print('TypeError', e)
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'ü'))
a, b = uuid.uuid4(), uuid.uuid4()
print(a != b, a.version, a.variant, len(str(a)))
t1, t2 = uuid.uuid1(), uuid.uuid1()
print(t1.version, t1.variant, t1 != t2, t2.time >= t1.time, t1.node == uuid.getnode())
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc,
      uuid.uuid1(node=1, clock_seq=0x1234).clock_seq)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
print(uuid.SafeUUID.unknown, repr(uuid.SafeUUID.safe), uuid.SafeUUID.unsafe.value)
for attempt in [lambda: setattr(u, 'x', 1), lambda: setattr(u, 'int', 1), lambda: u < 5]:
    try:
        attempt()
    except TypeError as e:
        print('TypeError', e)
for kw in [dict(), dict(hex='xyz'), dict(bytes=b'x'), dict(bytes_le=b'x'), dict(fields=(1, 2)),
           dict(fields=(2 ** 32, 0, 0, 0, 0, 0)), dict(fields=(0, 2 ** 16, 0, 0, 0, 0)),
           dict(fields=(0, 0, 2 ** 16, 0, 0, 0)), dict(fields=(0, 0, 0, 256, 0, 0)),
           dict(fields=(0, 0, 0, 0, 256, 0)), dict(fields=(0, 0, 0, 0, 0, 2 ** 48)), dict(int=-1),
           dict(int=2 ** 128), dict(int=0, version=9), dict(hex='12345678123456781234567812345678', int=5)]:
    try:
        print(uuid.UUID(**kw))
    except (TypeError, ValueError) as e:
        print(sorted(kw), type(e).__name__, e)
print(u.__slots__)
