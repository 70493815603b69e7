# return at module level is a SyntaxError raised by the compiler.
print("never printed")
for i in range(3):
    pass
return i
