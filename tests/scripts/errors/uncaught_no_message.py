# An exception raised as a bare class prints only its name.
def fail():
    raise IndexError
fail()
