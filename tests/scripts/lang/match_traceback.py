# An uncaught error raised by a class pattern: CPython's traceback.
class Point:
    __match_args__ = ("x",)
    x = 1

def locate(p):
    match p:
        case Point(1, 2):
            return "no"
        case _:
            return "other"

print(locate(Point()))
