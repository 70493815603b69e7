# A traceback through code run by exec() shows the "<string>" frame.
code = """
def broken(x):
    return x[10]
value = broken([1, 2, 3])
"""
print("running exec")
exec(code)
