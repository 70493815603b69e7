# thread_start.py: 1,000 threads started and joined, a few at a time, as a
# server handing each request to a new thread would.
import threading

count = 0


def work():
    global count
    count += 1


for _ in range(100):
    batch = [threading.Thread(target=work) for _ in range(10)]
    for t in batch:
        t.start()
    for t in batch:
        t.join()
print(count)
