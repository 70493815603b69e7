import string
F = string.Formatter()
class P:
    x = 5
    def __format__(self, spec): return 'P<' + spec + '>'
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
show(lambda: F.format("{0}-{x!r:>5}", 1, x='a'))
show(lambda: F.format("{}{}", 1, 2))
show(lambda: F.format("{0}{}", 1, 2))
show(lambda: F.format("{}{0}", 1, 2))
show(lambda: F.format("{0:{1}}", 3.14159, '.2f'))
show(lambda: F.format("{:{}}", 3.14159, '.3f'))
show(lambda: F.format("{0.x} {1[2]} {d[k]}", P(), [1, 2, 3], d={'k': 'v'}))
show(lambda: F.format("{p:abc}", p=P()))
show(lambda: F.format("{0!x}", 1))
show(lambda: F.format("{0!a}", 'é'))
show(lambda: F.format("{0:{1:{2}}}", 1, 2, 3))
show(lambda: F.format("{0:{1:{2:{3}}}}", 1, 2, 3, 4))
show(lambda: F.format("{5}", 1))
show(lambda: F.format("{nope}"))
show(lambda: F.format(format_string="{}", *[1]))
show(lambda: F.vformat("{a}{0}", (9,), {'a': 8}))
show(lambda: list(F.parse("a{b!r:c}d")))
show(lambda: F.get_field("0.real", [5], {}))
show(lambda: F.format("{"))
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra: raise ValueError('unused: %s' % sorted(extra))
show(lambda: Strict().format("{a}", a=1, b=2))
class Up(string.Formatter):
    def format_field(self, value, spec): return str(value).upper()
    def get_value(self, key, args, kwargs): return kwargs.get(key, '?') if isinstance(key, str) else args[key]
show(lambda: Up().format("{x} {y} {0}", 'z', x='a'))
print('Formatter' in string.__all__)
