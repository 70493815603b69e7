# UnboundLocalError uncaught: reading a local before its assignment.
counter = 0
def bump():
    counter += 1
    return counter
bump()
