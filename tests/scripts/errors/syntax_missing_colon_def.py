# A def without its colon: "expected ':'" with a caret.
print("never printed")
def greet(name)
    return "hi " + name
