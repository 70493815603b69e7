# unittest.IsolatedAsyncioTestCase: async setUp/test/tearDown/cleanups on one event
# loop per test, sync hooks too, failures and errors reported as for TestCase.
import asyncio
import io
import unittest

events = []


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append('setUp')

    async def asyncSetUp(self):
        await asyncio.sleep(0)
        events.append('asyncSetUp')
        self.addAsyncCleanup(self.cleanup, 'async cleanup')

    async def cleanup(self, what):
        await asyncio.sleep(0)
        events.append(what)

    async def test_sleep(self):
        events.append('test_sleep')
        value = await asyncio.wait_for(asyncio.sleep(0, result=42), 1)
        self.assertEqual(value, 42)

    async def test_fails(self):
        await asyncio.sleep(0)
        self.assertEqual(await self.double(2), 5)

    async def double(self, x):
        return x * 2

    async def test_error(self):
        await asyncio.gather(self.double(1), self.boom())

    async def boom(self):
        raise RuntimeError('async boom')

    def test_sync_method(self):
        events.append('sync test')

    async def asyncTearDown(self):
        events.append('asyncTearDown')

    def tearDown(self):
        events.append('tearDown')


stream = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(AsyncTests)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
# The tracebacks run through asyncio's own files, so only their last lines are shown.
report = stream.getvalue()
print(report[:report.index('\n\n')])
for test, text in result.errors + result.failures:
    print(test, '->', text.splitlines()[-1])
print(report[report.rindex('-' * 70):].replace(report[report.rindex(' in '):report.index('s\n', report.rindex(' in '))], ' in <time>'))
print(result.testsRun, len(result.failures), len(result.errors))
print(events)
