# A misspelt module attribute: CPython 3.11 suggests the closest name.
import math
print(math.floor(2.5))
print(math.sqr(16))
