# Uncaught exceptions print str(exc): several args show as a tuple, no args as the bare name.
import sys
try:
    raise ValueError("one", 2, [3])
except ValueError as e:
    print(str(e), repr(e))
sys.stdout.flush()
raise ValueError("one", 2, [3])
