# An error while evaluating a default argument happens when def runs, at the def line.
print("before def")
limits = {"low": 1}
def clamp(x, low=limits["low"], high=limits["high"]):
    return max(low, min(high, x))
print("never printed")
