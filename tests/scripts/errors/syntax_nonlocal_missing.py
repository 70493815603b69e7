# nonlocal naming a variable that no enclosing function binds.
def outer():
    def inner():
        nonlocal missing
        missing = 1
    inner()
outer()
