# functools.partial travels through pickle (process pools send partials to
# their workers), keeps its arguments, and checks the state it is given.
import functools
import pickle


def power(base, exponent=2, *, scale=1):
    return scale * base ** exponent


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    p = functools.partial(power, 3, scale=10)
    p.note = 'kept'
    q = pickle.loads(pickle.dumps(p, proto))
    print(proto, q(), q(exponent=3), q.args, q.keywords, q.note, q.func is power)

nested = functools.partial(functools.partial(power, 2), exponent=5)
print(pickle.loads(pickle.dumps(nested))(), nested.args, nested.keywords)

p = functools.partial(power, 1)
for bad in [[power, (), {}, None], (power, ()), (1, (), None, None), (power, [], None, None),
            (power, (), [], None)]:
    try:
        p.__setstate__(bad)
    except TypeError as e:
        print(type(e).__name__, e)
p.__setstate__((power, (4,), None, None))
print(p(), p.keywords, repr(p).startswith('functools.partial(<function power'))
