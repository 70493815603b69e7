# Implicit line joining inside (), [] and {}; comments and blank lines inside.
numbers = [
    1, 2,   # first two
    3,

    4,
]
print(numbers)
total = (1 +
         2 +
             3
    + 4)
print(total)
mapping = {
    "a": 1,
        "b": [
    2, 3],
    "c": {
        "d": (4,
              5),
    },
}
print(mapping)
def f(a,
      b=2,
          *args,
  c=3):
    return a, b, args, c
print(f(1,
        5, 6,
   c=7))
text = ("implicit "
        'concatenation '
    """of adjacent """
        "literals")
print(text)
print(len([
]), {
}, (
))
result = [x
          for x in range(10)
          if x % 3 == 0
          ]
print(result)
s = {1,
     2,
     2}
print(s, max(
    3,
    9,
    4
))
nested = [[1, 2,
           3], [4,
                5]]
print(nested)
