# SystemExit raised deep in calls unwinds through finally blocks and except Exception does not catch it.
import sys
def level3():
    sys.exit(7)
def level2():
    try:
        level3()
    except Exception:
        print("not reached: SystemExit is not an Exception")
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    finally:
        print("level1 finally")
level1()
