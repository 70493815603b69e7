# An unterminated string literal is reported with the line where it starts.
print("this never runs")
message = "hello
print(message)
