# A misspelt builtin: the hint comes from the builtins.
numbers = [3, 1, 2]
print(sorted(numbers))
print(lenght(numbers))
