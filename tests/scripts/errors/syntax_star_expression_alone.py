# A starred expression on its own.
a = [1, 2]
*a
