# nonlocal without a binding: the SyntaxError points at the statement.
def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner
