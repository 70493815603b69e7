# A keyword used as a variable name.
class = "math 101"
print(class)
