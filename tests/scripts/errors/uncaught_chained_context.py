# An exception raised while handling another prints both, with "During handling".
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError(f"cannot parse {text!r}")
print(parse("12"))
print(parse("twelve"))
