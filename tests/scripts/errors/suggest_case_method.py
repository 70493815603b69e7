# Only the case differs: changing case is cheap in the distance.
text = "hello"
print(text.upper())
print(text.Upper())
