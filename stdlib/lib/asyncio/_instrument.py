"""asyncio._instrument: what `gilpy -X loopstats` and `-X looptrace=FILE`
show of the event loop.

When either option is given, every loop records each selector wait (how
long, how many ready descriptors), each callback it runs (how long, how
much of it CPU time) and, for task steps, which task and coroutine ran.
At exit, -X loopstats prints a table of tasks, the loop's time split and
its slowest callbacks with a one-line reading; -X looptrace writes a Chrome
trace event file (ui.perfetto.dev): a track per task with a span per step,
the loop's waits and plain callbacks on their own track, flow arrows from
the callback that woke a task to its next step, and the loop's lag (how
late due timers ran) as a counter. With -X giltrace as well, the same
tracks also go into the GIL trace's file, on its clock, beside the threads'
GIL spans. With the options off, nothing here runs.
"""

import sys
import time

_options = getattr(sys, '_xoptions', {})
STATS = bool(_options.get('loopstats'))
TRACE = _options.get('looptrace')
if TRACE is True:
    TRACE = 'looptrace.json'
ACTIVE = STATS or bool(TRACE)

_now = time.perf_counter
_cpu = getattr(time, 'thread_time', None)


def _task_of(handle):
    """The task whose step or wakeup this handle runs, or None."""
    owner = getattr(handle._callback, '__self__', None)
    from .tasks import Task
    if isinstance(owner, Task):
        return owner
    return None


def _where(coro):
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    name = getattr(coro, '__qualname__', None) or type(coro).__name__
    if code is None:
        return f'{name}()'
    return f'{name}() at {code.co_filename}:{code.co_firstlineno}'


def _short_where(text):
    """'f() at /a/b/x.py:3' -> 'f() at x.py:3' for the table."""
    head, sep, path = text.rpartition(' at ')
    if not sep:
        return text
    return f'{head} at {path.rsplit("/", 1)[-1]}'


class _TaskRecord:
    __slots__ = ('name', 'where', 'track', 'created', 'steps', 'total',
                 'longest', 'longest_cpu', 'waiting', 'last_end', 'state')

    def __init__(self, task, track, now):
        self.name = task.get_name()
        self.where = _where(task.get_coro())
        self.track = track
        self.created = now
        self.steps = 0
        self.total = 0.0
        self.longest = 0.0
        self.longest_cpu = 0.0
        self.waiting = 0.0
        self.last_end = now
        self.state = 'pending'


class _Recorder:
    """Everything recorded in this process (all loops)."""

    def __init__(self):
        self.start = _now()
        self.tasks = []
        self.wait_time = 0.0
        self.waits = 0
        self.ready_events = 0
        self.callback_time = 0.0
        self.callbacks = 0
        self.slowest = []          # (seconds, cpu seconds, description)
        self.events = []           # Chrome trace events
        self.next_span = 1
        self.tracks = {0: 'event loop'}
        self.span_where = {}       # span id -> (track, ts), for flows

    def ts(self, t):
        return round((t - self.start) * 1e6, 3)

    def task_record(self, task, now):
        record = task.__dict__.get('_loop_record')
        if record is None:
            track = len(self.tracks)
            record = _TaskRecord(task, track, now)
            self.tracks[track] = f'{record.name} {record.where}'
            task._loop_record = record
            self.tasks.append(record)
        return record

    def note_slow(self, took, cpu, text):
        slowest = self.slowest
        if len(slowest) < 5 or took > slowest[-1][0]:
            slowest.append((took, cpu, text))
            slowest.sort(key=lambda item: -item[0])
            del slowest[5:]


_recorder = None


def attach(loop):
    """Turns recording on for loop (called by BaseEventLoop.__init__)."""
    global _recorder
    if _recorder is None:
        _recorder = _Recorder()
        import atexit
        atexit.register(_report)
    return _LoopProbe(loop, _recorder)


class _TimedSelector:
    """Forwards to the loop's selector, timing select()."""

    def __init__(self, selector, probe):
        self._selector = selector
        self._probe = probe

    def __getattr__(self, name):
        return getattr(self._selector, name)

    def select(self, timeout=None):
        start = _now()
        events = self._selector.select(timeout)
        self._probe.waited(start, _now(), timeout, len(events))
        return events


class _LoopProbe:
    """Per-loop hooks: selector waits, callback runs, handle causes."""

    def __init__(self, loop, recorder):
        self.loop = loop
        self.rec = recorder
        self.causes = {}           # id(handle) -> span id that scheduled it
        self.current_span = 0
        self.poll_span = 0
        loop._selector = _TimedSelector(loop._selector, self)
        for name in ('call_soon', 'call_at', 'call_soon_threadsafe'):
            setattr(loop, name, self._scheduler(getattr(loop, name)))

    def _scheduler(self, method):
        def schedule(*args, **kwargs):
            handle = method(*args, **kwargs)
            if self.current_span:
                self.causes[id(handle)] = self.current_span
            return handle
        return schedule

    def waited(self, start, end, timeout, ready):
        rec = self.rec
        rec.wait_time += end - start
        rec.waits += 1
        rec.ready_events += ready
        span = rec.next_span
        rec.next_span += 1
        self.poll_span = span if ready else 0
        if TRACE:
            rec.span_where[span] = (0, rec.ts(start))
            shown = 'none' if timeout is None else f'{timeout * 1000:.3f} ms'
            rec.events.append({
                'name': f'poll ({ready} ready)', 'cat': 'loop.wait',
                'ph': 'X', 'tid': 0, 'ts': rec.ts(start),
                'dur': round((end - start) * 1e6, 3),
                'args': {'ready': ready, 'timeout': shown}})
            scheduled = self.loop._scheduled
            if scheduled:
                lag = self.loop.time() - scheduled[0]._when
                rec.events.append({
                    'name': 'loop lag (ms)', 'ph': 'C', 'tid': 0,
                    'ts': rec.ts(end),
                    'args': {'lag': round(max(lag, 0.0) * 1000, 3)}})

    def run(self, handle):
        """Runs handle, recording it; returns how long it took."""
        rec = self.rec
        span = rec.next_span
        rec.next_span += 1
        cause = self.causes.pop(id(handle), 0) or self.poll_span
        task = _task_of(handle)
        start = _now()
        cpu_start = _cpu() if _cpu is not None else 0.0
        if task is not None:
            record = rec.task_record(task, start)
            record.waiting += start - record.last_end
        self.current_span = span
        try:
            handle._run()
        finally:
            self.current_span = 0
            end = _now()
            cpu = (_cpu() - cpu_start) if _cpu is not None else 0.0
            took = end - start
            rec.callbacks += 1
            rec.callback_time += took
            if task is not None:
                record.steps += 1
                record.total += took
                record.last_end = end
                if took > record.longest:
                    record.longest = took
                    record.longest_cpu = cpu
                if task.done():
                    record.state = 'cancelled' if task.cancelled() else (
                        'failed' if task.exception() is not None
                        else 'finished')
                text = f'{record.name} step: {record.where}'
                track = record.track
                name = f'{record.name} {record.where.split(" at ")[0]}'
            else:
                text = repr(handle)
                track = 0
                name = text
            rec.note_slow(took, cpu, text)
            if TRACE:
                rec.events.append({
                    'name': name, 'cat': 'task.step' if task else 'callback',
                    'ph': 'X', 'tid': track, 'ts': rec.ts(start),
                    'dur': round(took * 1e6, 3),
                    'args': {'cpu_ms': round(cpu * 1000, 3)}})
                if cause:
                    # Flow arrow: from the span that scheduled this one.
                    rec.events.append({'name': 'wakeup', 'cat': 'flow',
                                       'ph': 'f', 'bp': 'e', 'id': span,
                                       'tid': track, 'ts': rec.ts(start)})
                    rec.events.append({'name': 'wakeup', 'cat': 'flow',
                                       'ph': 's', 'id': span,
                                       'tid': cause_track(rec, cause),
                                       'ts': cause_ts(rec, cause)})
                rec.span_where[span] = (track, rec.ts(start))
        return took


def cause_track(rec, span):
    return rec.span_where.get(span, (0, 0))[0]


def cause_ts(rec, span):
    return rec.span_where.get(span, (0, 0))[1]


def _ms(seconds):
    return f'{seconds * 1000:.1f}'


def _report():
    rec = _recorder
    if rec is None:
        return
    if STATS:
        _print_stats(rec, sys.stderr)
    if TRACE:
        _write_trace(rec, TRACE)
        _add_to_gil_trace(rec)


def _print_stats(rec, out):
    elapsed = _now() - rec.start
    write = out.write
    write('\n-X loopstats: the asyncio event loop\n')
    write(f'  {elapsed:.3f} s since the first loop was made: '
          f'{rec.wait_time:.3f} s waiting in select/poll '
          f'({rec.waits} waits, {rec.ready_events} ready descriptors), '
          f'{rec.callback_time:.3f} s running {rec.callbacks} callbacks\n')
    if rec.tasks:
        write(f'\n  {"task":<12} {"coroutine":<34} {"state":<9} '
              f'{"steps":>5} {"run ms":>8} {"longest":>8} '
              f'{"waiting ms":>10}\n')
        for r in rec.tasks:
            write(f'  {r.name[:12]:<12} {_short_where(r.where)[:34]:<34} '
                  f'{r.state:<9} {r.steps:>5} {_ms(r.total):>8} '
                  f'{_ms(r.longest):>8} {_ms(r.waiting):>10}\n')
        counts = {}
        for r in rec.tasks:
            counts[r.state] = counts.get(r.state, 0) + 1
        summary = ', '.join(f'{n} {state}' for state, n in counts.items())
        write(f'  {len(rec.tasks)} tasks: {summary}\n')
    if rec.slowest:
        write('\n  slowest callbacks:\n')
        for took, cpu, text in rec.slowest:
            write(f'    {took * 1000:9.1f} ms  {text}\n')
    write(f'\n  reading: {_reading(rec)}\n')


def _reading(rec):
    if not rec.slowest or rec.slowest[0][0] < 0.1:
        return ('no callback held the loop for 100 ms or more: it stayed '
                'responsive.')
    took, cpu, text = rec.slowest[0]
    what = text.split(': ', 1)[-1] if ' step: ' in text else text
    if cpu < took / 2:
        why = ('most of it blocked in a system call (time.sleep or '
               'blocking I/O: use await asyncio.sleep or asyncio.to_thread)')
    else:
        why = ('most of it computing (move CPU-heavy work to an executor '
               'or another process)')
    return f'the loop was blocked {took:.2f} s by {what}, {why}.'


def _trace_events(rec, pid, shift=0.0, first_track=0):
    """rec's tracks and events as Chrome trace events of process pid, with
    times moved by shift microseconds and tracks numbered from first_track."""
    events = []
    for track, name in rec.tracks.items():
        tid = first_track + track
        events.append({'name': 'thread_name', 'ph': 'M', 'pid': pid,
                       'tid': tid, 'args': {'name': name}})
        events.append({'name': 'thread_sort_index', 'ph': 'M', 'pid': pid,
                       'tid': tid, 'args': {'sort_index': tid}})
    for event in rec.events:
        event = dict(event, pid=pid, tid=first_track + event['tid'])
        event['ts'] = round(event['ts'] + shift, 3)
        events.append(event)
    return events


def _write_trace(rec, path):
    import json
    import os
    pid = os.getpid()
    events = [{'name': 'process_name', 'ph': 'M', 'pid': pid, 'tid': 0,
               'args': {'name': f'gilpy asyncio {pid}'}}]
    events += _trace_events(rec, pid)
    with open(path, 'w') as f:
        json.dump({'displayTimeUnit': 'ms', 'traceEvents': events}, f)


# Loop tracks in the GIL trace are numbered from here, above any kernel
# thread id, so they sit beside the threads' tracks without clashing.
_GIL_TRACE_FIRST_TRACK = 1 << 30


def _add_to_gil_trace(rec):
    """With -X giltrace as well, the loop's tracks go into the GIL trace's
    file too, on its clock: a task's steps line up with the GIL spans of
    the thread that ran them."""
    if 'giltrace' not in _options:
        return
    import gil
    import json
    import os
    origin = gil._trace_origin()
    if origin is None:
        return
    events = _trace_events(rec, os.getpid(), (rec.start - origin) * 1e6,
                           _GIL_TRACE_FIRST_TRACK)
    gil._trace_add(''.join(',\n' + json.dumps(e) for e in events))
