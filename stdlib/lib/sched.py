"""sched for gilpy: a general event scheduler (events ordered by time, then
priority, then insertion) run with a time function and a delay function;
safe to use from several threads."""

import heapq
import threading
from collections import namedtuple
from itertools import count
from time import monotonic as _time

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.time.__doc__ = 'Numeric type compatible with the return value of the timefunc function passed to the constructor.'
Event.priority.__doc__ = 'Events scheduled for the same time will be executed in the order of their priority.'
Event.sequence.__doc__ = 'A continually increasing sequence number that separates events if time and priority are equal.'
Event.action.__doc__ = 'Executing the event means executing action(*argument, **kwargs)'
Event.argument.__doc__ = 'argument is a sequence holding the positional arguments for the action.'
Event.kwargs.__doc__ = 'kwargs is a dictionary holding the keyword arguments for the action.'

_sentinel = object()


class scheduler:

    def __init__(self, timefunc=_time, delayfunc=__import__('time').sleep):
        """timefunc() gives the current time; delayfunc(t) waits t units
        (it is also called with 0 between events, to let threads run)."""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedules action(*argument, **kwargs) at time; returns the event."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence), action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedules an event delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Removes an event (ValueError if it is not queued)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Runs the events as they fall due; with blocking=False, runs the
        ones due now and returns the delay until the next (or None)."""
        q = self._queue
        while True:
            with self._lock:
                if not q:
                    break
                time, priority, sequence, action, argument, kwargs = q[0]
                now = self.timefunc()
                wait = time > now
                if not wait:
                    heapq.heappop(q)
            if wait:
                if not blocking:
                    return time - now
                self.delayfunc(time - now)
            else:
                action(*argument, **kwargs)
                self.delayfunc(0)

    @property
    def queue(self):
        """The queued events in the order they will run."""
        with self._lock:
            events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]
