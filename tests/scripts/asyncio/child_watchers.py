# Child watchers: the default ThreadedChildWatcher and a PidfdChildWatcher
# report exit codes; set_child_watcher checks its argument.
import asyncio
async def main():
    p = await asyncio.create_subprocess_exec('sh', '-c', 'exit 7')
    print(await p.wait())
    print(type(asyncio.get_child_watcher()).__name__)
asyncio.set_child_watcher(asyncio.PidfdChildWatcher())
asyncio.run(main())
asyncio.set_child_watcher(asyncio.ThreadedChildWatcher())
asyncio.run(main())
try:
    asyncio.set_child_watcher(5)
except AssertionError:
    print('AssertionError')
