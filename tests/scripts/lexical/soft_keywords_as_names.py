# match, case, _ and type are soft keywords: usable as ordinary names.
match = [1, 2, 3]
case = {"a": 1}
_ = "underscore"
type_ = type
print(match, case, _, type_(match).__name__)
def match_all(match, case=None):
    return match, case
print(match_all(1, case=2))
match.append(4)
print(len(match), match[-1])
__ = _ * 2
print(__)
for _ in range(2):
    print("loop", _)
print([_ for _ in "xy"])
