# except clauses match subclasses, tuples, and bare except catches everything.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as err:
        return "lookup " + type(err).__name__
    except ArithmeticError as err:
        return "arith " + type(err).__name__
    except Exception as err:
        return "other " + type(err).__name__

for exc in [KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), TypeError]:
    print(classify(exc))

try:
    raise SystemExit(3)
except:
    print("bare except caught SystemExit")

try:
    1 / 0
except ZeroDivisionError as e:
    caught = e
print(repr(caught), caught.args)
try:
    print(e)
except NameError as err:
    print("the except target is deleted:", err)
print(issubclass(KeyError, LookupError), issubclass(BrokenPipeError, OSError))
print(isinstance(FileNotFoundError(), OSError), KeyError.__mro__)
