# format_exc / print_exc in worker threads (each thread sees its own
# exception), and the excepthook of threads printing a traceback.
import sys
import threading
import traceback

results = {}
lock = threading.Lock()


def parse(value):
    return int(value)


def worker(name, value):
    try:
        parse(value)
    except ValueError:
        text = traceback.format_exc()
        with lock:
            results[name] = text
    else:
        with lock:
            results[name] = None


threads = [threading.Thread(target=worker, args=(f"w{i}", v))
           for i, v in enumerate(["1", "x", "2", "y!"])]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(results):
    print(name, repr(results[name]).replace(repr(__file__)[1:-1], "FILE"))


def stack_worker():
    lines = traceback.format_stack(limit=1)
    with lock:
        results["stack"] = lines


t = threading.Thread(target=stack_worker)
t.start()
t.join()
print("".join(results["stack"]).replace(__file__, "FILE"), end="")


def printer():
    try:
        {}["k"]
    except KeyError:
        traceback.print_exc(file=sys.stdout)
        print(repr(traceback.format_exception_only(*sys.exc_info()[:2])))


t = threading.Thread(target=printer)
t.start()
t.join()


# main thread's exception is untouched by the workers
try:
    raise LookupError("main")
except LookupError:
    t = threading.Thread(target=worker, args=("late", "z"))
    t.start()
    t.join()
    print(traceback.format_exc().splitlines()[-1])
    print(results["late"].splitlines()[-1])
