# OverflowError when an int is too large to convert to float.
big = 10 ** 400
print(len(str(big)))
print(big * 1.5)
