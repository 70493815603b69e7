# sys.exit(n) ends the program with status n and no traceback; finally blocks run.
import sys
def main():
    try:
        print("about to exit")
        sys.exit(3)
    finally:
        print("finally runs on exit")
main()
print("never printed")
