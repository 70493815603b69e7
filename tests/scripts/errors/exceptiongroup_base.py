# A BaseExceptionGroup escaping: printed with its boxes, exit status 1.
def stop():
    raise BaseExceptionGroup("stopping", [KeyboardInterrupt(), ValueError("v")])
print("before")
try:
    stop()
except* ValueError:
    print("value handled")
