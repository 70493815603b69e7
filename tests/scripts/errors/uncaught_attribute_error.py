# An uncaught AttributeError with CPython's "Did you mean" suggestion.
text = "hello"
print(text.upper())
print(text.uper())
