"""logging.handlers (gilpy): more handlers for the logging package: files
that rotate by size, files that are reopened when moved away, buffering
in memory, and a queue handler/listener pair that moves the work of
emitting to a thread of its own.  Behaviour as CPython 3.11."""

import io
import os
import copy
import queue
import threading
import time
import logging

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514


class BaseRotatingHandler(logging.FileHandler):
    """A file handler that, before each record, may roll the file over."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False,
                 errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode,
                                     encoding=encoding, delay=delay,
                                     errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        if not callable(self.namer):
            return default_name
        return self.namer(default_name)

    def rotate(self, source, dest):
        if not callable(self.rotator):
            if os.path.exists(source):
                os.rename(source, dest)
        else:
            self.rotator(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls over to name.1, name.2 ... when the file would pass maxBytes,
    keeping backupCount old files."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0,
                 encoding=None, delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        if self.backupCount > 0:
            for i in range(self.backupCount - 1, 0, -1):
                src = self.rotation_filename("%s.%d" % (base, i))
                dst = self.rotation_filename("%s.%d" % (base, i + 1))
                if os.path.exists(src):
                    if os.path.exists(dst):
                        os.remove(dst)
                    os.rename(src, dst)
            dst = self.rotation_filename(base + ".1")
            if os.path.exists(dst):
                os.remove(dst)
            self.rotate(base, dst)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        if os.path.exists(self.baseFilename) and not os.path.isfile(
                self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            msg = "%s\n" % self.format(record)
            self.stream.seek(0, 2)
            if self.stream.tell() + len(msg) >= self.maxBytes:
                return True
        return False


_DAY_SECONDS = 24 * 60 * 60

# when -> (seconds per unit, suffix for strftime, pattern of the suffix)
_TIMED_UNITS = {
    'S': (1, "%Y-%m-%d_%H-%M-%S", r"\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}"),
    'M': (60, "%Y-%m-%d_%H-%M", r"\d{4}-\d{2}-\d{2}_\d{2}-\d{2}"),
    'H': (3600, "%Y-%m-%d_%H", r"\d{4}-\d{2}-\d{2}_\d{2}"),
    'D': (_DAY_SECONDS, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"),
    'MIDNIGHT': (_DAY_SECONDS, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"),
    'W': (7 * _DAY_SECONDS, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls the file over at times: every interval seconds, minutes,
    hours or days, at midnight, or on a weekday (W0 = Monday); old files
    get the start of their interval as a suffix."""

    def __init__(self, filename, when='h', interval=1, backupCount=0,
                 encoding=None, delay=False, utc=False, atTime=None,
                 errors=None):
        import re
        encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding,
                                     delay=delay, errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        unit = self.when
        if unit.startswith('W'):
            if len(unit) != 2:
                raise ValueError("You must specify a day for weekly rollover "
                                 "from 0 to 6 (0 is Monday): %s" % self.when)
            if not '0' <= unit[1] <= '6':
                raise ValueError("Invalid day specified for weekly rollover: "
                                 "%s" % self.when)
            self.dayOfWeek = int(unit[1])
            unit = 'W'
        if unit not in _TIMED_UNITS:
            raise ValueError("Invalid rollover interval specified: %s"
                             % self.when)
        seconds, self.suffix, pattern = _TIMED_UNITS[unit]
        self.extMatch = re.compile("^" + pattern + r"(\.\w+)?$", re.ASCII)
        self.interval = seconds * interval
        if os.path.exists(self.baseFilename):
            t = int(os.stat(self.baseFilename).st_mtime)
        else:
            t = int(time.time())
        self.rolloverAt = self.computeRollover(t)

    def _is_daily(self):
        return self.when == 'MIDNIGHT' or self.when.startswith('W')

    def _dst_shift(self, now_dst, when):
        """The hour to add so a local rollover keeps its wall-clock time
        across a change of daylight saving time."""
        then_dst = time.localtime(when)[-1]
        if now_dst == then_dst:
            return 0
        return 3600 if now_dst else -3600

    def computeRollover(self, currentTime):
        if not self._is_daily():
            return currentTime + self.interval
        t = time.gmtime(currentTime) if self.utc else \
            time.localtime(currentTime)
        day = t[6]
        if self.atTime is None:
            at = _DAY_SECONDS
        else:
            at = (self.atTime.hour * 60 + self.atTime.minute) * 60 + \
                self.atTime.second
        wait = at - ((t[3] * 60 + t[4]) * 60 + t[5])
        if wait < 0:
            wait += _DAY_SECONDS
            day = (day + 1) % 7
        result = currentTime + wait
        if self.when.startswith('W') and day != self.dayOfWeek:
            result += ((self.dayOfWeek - day) % 7) * _DAY_SECONDS
            if not self.utc:
                result += self._dst_shift(t[-1], result)
        return result

    def shouldRollover(self, record):
        t = int(time.time())
        if t < self.rolloverAt:
            return False
        if os.path.exists(self.baseFilename) and not os.path.isfile(
                self.baseFilename):
            self.rolloverAt = self.computeRollover(t)
            return False
        return True

    def getFilesToDelete(self):
        """The oldest rolled-over files beyond backupCount."""
        dir_name, base_name = os.path.split(self.baseFilename)
        stem, ext = os.path.splitext(base_name)
        prefix = stem + '.'
        plen = len(prefix)
        found = []
        for name in os.listdir(dir_name):
            if self.namer is None:
                if not name.startswith(base_name):
                    continue
            elif (not name.startswith(base_name) and name.endswith(ext)
                  and len(name) > plen + 1 and not name[plen + 1].isdigit()):
                continue
            if name[:plen] == prefix:
                for part in name[plen:].split('.'):
                    if self.extMatch.match(part):
                        found.append(os.path.join(dir_name, name))
                        break
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        now = int(time.time())
        now_dst = time.localtime(now)[-1]
        start = self.rolloverAt - self.interval
        if self.utc:
            stamp = time.gmtime(start)
        else:
            stamp = time.localtime(start)
            if now_dst != stamp[-1]:
                stamp = time.localtime(start + (3600 if now_dst else -3600))
        target = self.rotation_filename(self.baseFilename + "." +
                                        time.strftime(self.suffix, stamp))
        if os.path.exists(target):
            os.remove(target)
        self.rotate(self.baseFilename, target)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        if not self.delay:
            self.stream = self._open()
        next_at = self.computeRollover(now)
        while next_at <= now:
            next_at += self.interval
        if self._is_daily() and not self.utc:
            next_at += self._dst_shift(now_dst, next_at)
        self.rolloverAt = next_at


class WatchedFileHandler(logging.FileHandler):
    """Reopens its file when the file at its path is no longer the one it
    has open (moved away by a log rotator)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False,
                 errors=None):
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        logging.FileHandler.__init__(self, filename, mode=mode,
                                     encoding=encoding, delay=delay,
                                     errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            st = os.fstat(self.stream.fileno())
            self.dev, self.ino = st.st_dev, st.st_ino

    def reopenIfNeeded(self):
        try:
            st = os.stat(self.baseFilename)
        except FileNotFoundError:
            st = None
        if st is None or st.st_dev != self.dev or st.st_ino != self.ino:
            if self.stream is not None:
                self.stream.flush()
                self.stream.close()
                self.stream = None
                self.stream = self._open()
                self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """Keeps records in a list, flushed when shouldFlush says so."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with self.lock:
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to a target handler when the buffer
    is full or a record at flushLevel or above arrives."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None,
                 flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return (len(self.buffer) >= self.capacity) or \
            (record.levelno >= self.flushLevel)

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
        with self.lock:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Puts each record, formatted and stripped of what may not pickle,
    on a queue."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        msg = self.format(record)
        record = copy.copy(record)
        record.message = msg
        record.msg = msg
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records off a queue in a thread of its own and passes them to
    its handlers."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._thread = t = threading.Thread(target=self._monitor)
        t.daemon = True
        t.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or \
                    record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        q = self.queue
        has_task_done = hasattr(q, 'task_done')
        while True:
            try:
                record = self.dequeue(True)
                if record is self._sentinel:
                    if has_task_done:
                        q.task_done()
                    break
                self.handle(record)
                if has_task_done:
                    q.task_done()
            except queue.Empty:
                break

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None
