# A syntax error near the end: nothing before it runs.
print("line 2 does not run")
def ok():
    return 1
print(ok())
x = (1 +)
