# The order in which try, except, else and finally blocks run.
def run(fail):
    try:
        print("  try")
        if fail:
            raise ValueError("bad")
    except ValueError as err:
        print("  except", err)
    else:
        print("  else")
    finally:
        print("  finally")

print("ok:")
run(False)
print("fail:")
run(True)

def returns_in_finally():
    try:
        return "try"
    finally:
        print("finally runs before the return completes")

print(returns_in_finally())

def finally_overrides():
    try:
        return 1
    finally:
        return 2

print(finally_overrides())

def loop_with_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)

loop_with_finally()
