# asyncio_pending.py: memory per pending task: 100,000 tasks blocked in
# asyncio.sleep(100), the growth of the resident set (VmRSS) divided by the
# number of tasks, reported as `metric pending_task_bytes N` (run.py shows
# CPython's and gilpy's side by side).  Each task is its coroutine and
# sleep()'s, the future it waits on, the timer handle, the wakeup callback
# and a context copy.
#
#   python3 tests/bench/asyncio_pending.py --compare ./gilpy
# runs it under both interpreters and prints both figures and the ratio.
import asyncio
import subprocess
import sys

N = 100000


def rss_kib():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1])
    return 0


async def sleeper():
    await asyncio.sleep(100)


async def main():
    await asyncio.sleep(0)
    before = rss_kib()
    tasks = [asyncio.create_task(sleeper()) for _ in range(N)]
    await asyncio.sleep(0)   # every task now waits in sleep()
    after = rss_kib()
    pending = sum(1 for t in tasks if not t.done())
    print('pending', pending)
    print('metric pending_task_bytes', (after - before) * 1024 // N)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print('cancelled', sum(isinstance(r, asyncio.CancelledError) for r in results))


def compare(gilpy):
    figures = {}
    for name, exe in (('python3', sys.executable), ('gilpy', gilpy)):
        out = subprocess.run([exe, __file__], capture_output=True, text=True,
                             check=True).stdout
        for line in out.splitlines():
            if line.startswith('metric pending_task_bytes'):
                figures[name] = int(line.split()[2])
    for name, value in figures.items():
        print(f'{name:8} {value:6} bytes per pending task')
    print(f'ratio gilpy/python3: {figures["gilpy"] / figures["python3"]:.2f}')


if __name__ == '__main__':
    if sys.argv[1:2] == ['--compare']:
        compare(sys.argv[2])
    else:
        asyncio.run(main())
