"""unittest.async_case: IsolatedAsyncioTestCase, a TestCase whose setUp, test,
tearDown and cleanups may be coroutines, all run on one fresh event loop per test."""

import asyncio
import inspect
import warnings

from .case import TestCase

# No __unittest marker: as in CPython, tracebacks keep this module's frames.


def _copy_context():
    try:
        import contextvars
        return contextvars.copy_context()
    except ImportError:
        return None


class IsolatedAsyncioTestCase(TestCase):

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._asyncioRunner = None
        self._asyncioTestContext = _copy_context()

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        # _callCleanup awaits coroutine functions.
        self.addCleanup(*(func, *args), **kwargs)

    async def enterAsyncContext(self, cm):
        """Enters the asynchronous context manager cm and registers its __aexit__
        as a cleanup; returns what __aenter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol"
                            ) from None
        value = await enter(cm)
        self.addAsyncCleanup(exit, cm, None, None, None)
        return value

    def _in_context(self, func, *args, **kwargs):
        if self._asyncioTestContext is None:
            return func(*args, **kwargs)
        return self._asyncioTestContext.run(func, *args, **kwargs)

    def _run_coroutine(self, coro):
        if self._asyncioTestContext is None:
            return self._asyncioRunner.run(coro)
        return self._asyncioRunner.run(coro, context=self._asyncioTestContext)

    def _callSetUp(self):
        self._asyncioRunner.get_loop()
        self._in_context(self.setUp)
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._callMaybeAsync(method) is not None:
            warnings.warn(f'It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self._in_context(self.tearDown)

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    def _callAsync(self, func, /, *args, **kwargs):
        assert self._asyncioRunner is not None, 'asyncio runner is not initialized'
        assert inspect.iscoroutinefunction(func), f'{func!r} is not an async function'
        return self._run_coroutine(func(*args, **kwargs))

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        assert self._asyncioRunner is not None, 'asyncio runner is not initialized'
        if inspect.iscoroutinefunction(func):
            return self._run_coroutine(func(*args, **kwargs))
        return self._in_context(func, *args, **kwargs)

    def _setupAsyncioRunner(self):
        assert self._asyncioRunner is None, 'asyncio runner is already initialized'
        self._asyncioRunner = asyncio.Runner(debug=True)

    def _tearDownAsyncioRunner(self):
        self._asyncioRunner.close()

    def run(self, result=None):
        self._setupAsyncioRunner()
        try:
            return super().run(result)
        finally:
            self._tearDownAsyncioRunner()

    def debug(self):
        self._setupAsyncioRunner()
        super().debug()
        self._tearDownAsyncioRunner()

    def __del__(self):
        if self._asyncioRunner is not None:
            self._tearDownAsyncioRunner()
