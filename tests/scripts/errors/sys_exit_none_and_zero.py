# sys.exit() and sys.exit(None) exit with status 0; exceptions from exit can be caught.
import sys
for arg in (None, 0, 5, "msg", (1, 2)):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no argument ->", repr(e.code), e.args)
sys.exit(None)
