"""asyncio.log: the 'asyncio' logger.

Uses the logging module when there is one; otherwise a small stand-in that
writes what logging's last-resort handler would write: records of level
WARNING and above, message only, then the traceback when exc_info is set."""

import sys

try:
    import logging
except ImportError:
    logging = None

_WARNING = 30
_LEVELS = {'DEBUG': 10, 'INFO': 20, 'WARNING': 30, 'ERROR': 40,
           'CRITICAL': 50}


def _print_exception(exc_info):
    if exc_info is True:
        exc_info = sys.exc_info()
    elif isinstance(exc_info, BaseException):
        exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
    if exc_info and exc_info[0] is not None:
        sys.__excepthook__(*exc_info)


class _Logger:
    """The few Logger methods asyncio uses."""

    def __init__(self, name):
        self.name = name
        self.level = 0

    def setLevel(self, level):
        self.level = _LEVELS.get(level, level)

    def isEnabledFor(self, level):
        return level >= max(self.level or _WARNING, _WARNING)

    def log(self, level, msg, *args, exc_info=None, **kwargs):
        if not self.isEnabledFor(level):
            return
        text = msg % args if args else str(msg)
        stream = sys.stderr
        stream.write(text + '\n')
        if exc_info:
            stream.flush()
            _print_exception(exc_info)

    def debug(self, msg, *args, **kwargs):
        self.log(10, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(20, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(30, msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(40, msg, *args, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(50, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(40, msg, *args, exc_info=exc_info, **kwargs)


if logging is not None:
    logger = logging.getLogger(__package__)
else:
    logger = _Logger(__package__)
