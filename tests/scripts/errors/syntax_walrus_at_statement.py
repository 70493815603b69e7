# An unparenthesised assignment expression as a statement.
x := 5
print(x)
