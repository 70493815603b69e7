# A compiler-stage SyntaxError in a script: reported with the line from the file.
print("never printed")
for i in range(3):
    pass
break
