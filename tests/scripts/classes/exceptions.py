# User-defined exceptions.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key


class Detailed(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


try:
    raise NotFound("k")
except AppError as e:
    print(type(e).__name__, e, repr(e), e.key, e.args, isinstance(e, Exception))

try:
    raise Detailed("bad value", 42)
except ValueError as e:
    print(e, repr(e), e.code)

print(NotFound.__mro__)
print(issubclass(NotFound, Exception), issubclass(Detailed, BaseException))

e = AppError("a", "b")
e.extra = 1
print(e.args, str(e), e.extra, vars(e))

try:
    try:
        raise NotFound("inner")
    except NotFound as e:
        raise AppError("outer") from e
except AppError as e:
    print(e, repr(e.__cause__))


class Quiet(Exception):
    def __str__(self):
        return "quiet!"


try:
    raise Quiet
except Quiet as e:
    print(repr(e), str(e))


def f():
    raise Detailed("deep", 7)


try:
    f()
except Exception as e:
    print("caught", e)

raise NotFound("final")
