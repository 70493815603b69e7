# sys.exit(True) exits with status 1; stdout output before it is kept.
import sys
print("exiting with True")
sys.exit(True)
