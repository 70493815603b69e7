# round() on ints, bools and floats: half to even, negative ndigits, errors.
for x in [2.5, 3.5, -2.5, 0.125, 2.675, 1e300, 2.5e23, -0.5, 0.0, -0.0, 123.456, 1e-300]:
    print(round(x), round(x, 1), round(x, 2), round(x, -1), round(x, -23), round(x, 0))
for i in [0, 5, 15, 25, -25, 10**30 + 5, True, False]:
    print(round(i), round(i, -1), round(i, 2), round(i, -2))
for bad in [float('inf'), float('nan')]:
    try: round(bad)
    except Exception as e: print(type(e).__name__, e)
    print(round(bad, 2))
try: round(1.5, 1.5)
except TypeError as e: print(e)
try: round("x")
except TypeError as e: print(e)
print(round(1e308, -308), round(5e-324, 400))
try: print(round(1.7976931348623157e308, -308))
except OverflowError as e: print(e)
