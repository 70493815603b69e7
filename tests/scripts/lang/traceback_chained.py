# Both chaining sentences appear in an uncaught exception's report.
def parse(text):
    try:
        return int(text)
    except ValueError as err:
        raise RuntimeError("cannot parse " + repr(text)) from err

def load():
    try:
        parse("x1")
    except RuntimeError:
        raise KeyError("load failed")

load()
