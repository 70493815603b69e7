# An uncaught KeyboardInterrupt prints a traceback; the process ends as if interrupted.
def long_task():
    for step in range(3):
        print("step", step)
        if step == 2:
            raise KeyboardInterrupt
long_task()
