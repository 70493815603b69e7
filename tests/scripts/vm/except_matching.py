# except clauses: tuples, subclasses, non-exception classes, order.
def catch(exc, spec):
    try:
        try:
            raise exc
        except spec as e:
            return "caught " + type(e).__name__
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    return "none"

print(catch(KeyError, LookupError))
print(catch(KeyError, (ValueError, LookupError)))
print(catch(KeyError, (ValueError, (KeyError,))))
print(catch(KeyError, ValueError))
print(catch(KeyError, 1))
print(catch(KeyError, (KeyError, 1)))
print(catch(KeyError, (ValueError, 1)))
print(catch(KeyError, int))
print(catch(KeyError, ()))
print(catch(ZeroDivisionError(), ArithmeticError))

def order():
    for exc in [KeyError, IndexError, ValueError, TypeError]:
        try:
            raise exc("m")
        except KeyError as e:
            print("first", repr(e))
        except (IndexError, ValueError) as e:
            print("second", repr(e))
        except Exception:
            print("bare-ish")
        else:
            print("else")
order()

def reraise_unmatched():
    try:
        try:
            raise TypeError("t")
        except ValueError:
            print("wrong")
    except TypeError as e:
        print("outer got", e)
reraise_unmatched()
