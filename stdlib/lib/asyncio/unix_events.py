"""asyncio.unix_events: the event loop and policy used on Unix."""

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')

from . import events
from . import selector_events


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """The selector event loop for Unix."""


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """One event loop per thread, made on demand in the main thread."""

    _loop_factory = _UnixSelectorEventLoop


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
