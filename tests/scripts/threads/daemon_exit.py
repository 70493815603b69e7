# Daemon threads do not keep the process alive: this script ends at once
# although a daemon thread sleeps for a minute and another waits for ever.
import threading
import time

sleeper = threading.Thread(target=time.sleep, args=(60,), daemon=True)
sleeper.start()
blocker = threading.Thread(target=threading.Event().wait, daemon=True)
blocker.start()
lock = threading.Lock()
lock.acquire()
locked = threading.Thread(target=lock.acquire, daemon=True)
locked.start()

def spin():
    n = 0
    while True:
        n += 1
spinner = threading.Thread(target=spin, daemon=True)
spinner.start()
time.sleep(0.05)
print("daemons alive", sleeper.is_alive(), blocker.is_alive(), locked.is_alive(), spinner.is_alive())
print([t.daemon for t in (sleeper, blocker, locked, spinner)])
print("main thread ends")
