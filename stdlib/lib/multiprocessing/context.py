"""multiprocessing.context (gilpy): the package's exceptions live here, as
in CPython, so that their reprs and tracebacks name
multiprocessing.context.  gilpy has one context: fork."""

__all__ = ['ProcessError', 'BufferTooShort', 'TimeoutError', 'AuthenticationError']


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass
