# An unterminated triple-quoted string is reported at its starting line.
x = 1
doc = """this string
never ends
print(x)
