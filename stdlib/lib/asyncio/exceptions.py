"""asyncio.exceptions: the exception classes asyncio raises (gilpy)."""

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError',
           'TimeoutError', 'IncompleteReadError', 'LimitOverrunError',
           'SendfileNotAvailableError')

# Since 3.11 asyncio's timeout error is the built-in one.
TimeoutError = TimeoutError


class CancelledError(BaseException):
    """The awaited operation was cancelled."""


class InvalidStateError(Exception):
    """A Future or Task is in the wrong state for this operation."""


class SendfileNotAvailableError(RuntimeError):
    """sendfile cannot be used for this transport or file."""


class IncompleteReadError(EOFError):
    """The stream ended before the expected number of bytes arrived."""

    def __init__(self, partial, expected):
        shown = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of '
                         f'{shown} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """A separator was not found within the stream's buffer limit."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class BrokenBarrierError(RuntimeError):
    """The Barrier was reset or broken while tasks waited on it."""
