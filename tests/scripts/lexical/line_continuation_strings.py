# Strings spanning lines: triple quotes, backslash-newline, adjacent literals.
a = """one
two
three"""
print(a.split("\n"), a.count("\n"))
b = '''\
no leading newline\
'''
print(repr(b))
c = "first \
second"
print(repr(c))
d = ("aaa"
     "bbb"
     'ccc')
print(d)
e = """ends with quote\""""
print(e)
f = """contains ""two"" quotes"""
print(f)
g = '''triple with \''' escaped'''
print(g)
h = """
    indented
        more
"""
print(repr(h))
i = r"""raw \
backslash newline"""
print(repr(i))
j = b"""bytes
multi"""
print(j)
print(len("""
"""), repr(""""""), repr(''''''))
