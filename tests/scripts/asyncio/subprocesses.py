# Child processes: create_subprocess_exec/shell, communicate with input
# larger than a pipe buffer, streaming stdout, signals, return codes, and
# the argument errors.
import asyncio
import signal
import sys
from asyncio.subprocess import DEVNULL, PIPE, STDOUT


async def main():
    p = await asyncio.create_subprocess_exec(
        'sh', '-c', 'read line; echo "$line"', stdin=PIPE, stdout=PIPE)
    print(repr(p) == f'<Process {p.pid}>', p.returncode)
    p.stdin.write(b'hello\n')
    await p.stdin.drain()
    print(await p.stdout.read(), await p.wait(), p.returncode)

    p = await asyncio.create_subprocess_shell(
        'cat; echo err >&2; exit 3', stdin=PIPE, stdout=PIPE, stderr=PIPE)
    print(await p.communicate(b'data in\n'), p.returncode)

    big = b'0123456789abcdef' * 65536           # 1 MiB, more than a pipe
    p = await asyncio.create_subprocess_exec('cat', stdin=PIPE, stdout=PIPE)
    out, err = await p.communicate(big)
    print(len(out), out == big, err)

    p = await asyncio.create_subprocess_shell('echo out; echo err >&2',
                                              stdout=PIPE, stderr=STDOUT)
    out, _ = await p.communicate()
    print(sorted(out.split()))

    p = await asyncio.create_subprocess_exec(
        'sh', '-c', 'for i in 1 2 3; do echo line $i; done', stdout=PIPE)
    async for line in p.stdout:
        print(line)
    print(await p.wait())

    p = await asyncio.create_subprocess_exec('sleep', '10')
    p.terminate()
    print(await p.wait() == -signal.SIGTERM)
    p = await asyncio.create_subprocess_exec('sleep', '10', stdout=DEVNULL)
    p.send_signal(signal.SIGKILL)
    print(await asyncio.wait_for(p.wait(), 5))

    p = await asyncio.create_subprocess_exec(
        'sh', '-c', 'echo "$GREETING from $(pwd)"', stdout=PIPE,
        env={'GREETING': 'hi', 'PATH': '/usr/bin:/bin'}, cwd='/')
    print(await p.communicate())

    try:
        await asyncio.create_subprocess_exec('/nonexistent/program')
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    for kwargs in ({'text': True}, {'universal_newlines': True},
                   {'bufsize': 1}, {'encoding': 'utf-8'}):
        try:
            await asyncio.create_subprocess_exec('true', **kwargs)
        except ValueError as e:
            print('ValueError:', e)
    try:
        await asyncio.create_subprocess_shell(['ls'])
    except ValueError as e:
        print('ValueError:', e)
    try:
        await asyncio.create_subprocess_shell('true', shell=False)
    except ValueError as e:
        print('ValueError:', e)

    # Several children at once.
    procs = [await asyncio.create_subprocess_exec(
        sys.executable, '-c', f'print({i} * {i})', stdout=PIPE)
        for i in range(4)]
    outs = await asyncio.gather(*(p.communicate() for p in procs))
    print([o for o, _ in outs])

asyncio.run(main())
