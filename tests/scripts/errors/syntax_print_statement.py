# Python 2 print statement.
x = 3
print "x is", x
