# raise SystemExit with no argument: exit status 0, no traceback, unflushed output still written.
import sys
sys.stdout.write("partial line without newline")
raise SystemExit
