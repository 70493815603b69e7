# A syntax error reports file, line, the source line and a caret.
x = 1
if x == 1
    print("yes")
