# Comments and blank lines anywhere, including inside blocks and brackets.

#!not a shebang here
x = 1  # trailing comment
# comment between statements

def f():
    # comment as first line of body

    a = 1   # trailing

    # comment before return
    return a  #

print(f(), x)  # comment after call
values = [  # comment after bracket
    1,  # one
    # a whole-line comment inside a list
    2,
]  # after closing
print(values)
s = "# not a comment"
t = '''
# not a comment in a triple-quoted string
'''
print(s, repr(t))
if x:
    pass
    # comment at block indentation after pass
# comment at column 0 in the middle of a block
    print("still in the if block")
print("end")  #
#
