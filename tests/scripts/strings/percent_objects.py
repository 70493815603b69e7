# % formatting of user objects: __index__, __int__, __float__, __str__, __repr__.
def show(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Idx:
    def __index__(self):
        return 255
class Num:
    def __float__(self):
        return 2.5
    def __int__(self):
        return 7
class S:
    def __str__(self):
        return "S!"
    def __repr__(self):
        return "R!"
show("%x %d %c", (Idx(), Idx(), Idx()))
show("%f %d", (Num(), Num()))
show("%s %r %a", (S(), S(), S()))
show("%x", Num())
