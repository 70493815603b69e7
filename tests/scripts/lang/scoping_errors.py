# NameError and UnboundLocalError messages.
def uses_before_assign():
    print(value)
    value = 1

try:
    uses_before_assign()
except UnboundLocalError as err:
    print(type(err).__name__, err)

try:
    print(undefined_name)
except NameError as err:
    print(type(err).__name__, err)

def deleted():
    x = 1
    del x
    return x

try:
    deleted()
except NameError as err:
    print(type(err).__name__, err)
