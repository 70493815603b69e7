"""asyncio._context: contextvars.copy_context, or a stand-in whose run()
just calls the function while gilpy has no contextvars module."""

try:
    from contextvars import copy_context
    STANDIN = False
except ImportError:
    STANDIN = True

    class _NoContext:
        """A context that holds no variables."""

        __slots__ = ()

        def run(self, func, *args, **kwargs):
            return func(*args, **kwargs)

        def copy(self):
            return self

    _the_context = _NoContext()

    def copy_context():
        return _the_context
