"""multiprocessing.managers (gilpy): a server process that owns shared
objects (dicts, lists, queues, locks, values...) and proxies that forward
method calls to it over a connection, so that any process can use them.

The server is a forked process listening on a Unix socket; each client
connection gets a thread there, so a call that blocks (Queue.get,
Lock.acquire) blocks only its caller.  A request is a tuple
(ident, method, args, kwds); the answer is ('#RETURN', value) or
('#ERROR', exception), pickled.  Objects live until the manager shuts
down (there is no remote reference counting).
"""
import os
import queue
import sys
import threading

from . import connection, process
from .connection import Listener, Client

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token', 'Namespace']


class Token:
    """Names one shared object: its type id, the server's address, its id."""

    __slots__ = ('typeid', 'address', 'id')

    def __init__(self, typeid, address, id):
        (self.typeid, self.address, self.id) = (typeid, address, id)

    def __getstate__(self):
        return (self.typeid, self.address, self.id)

    def __setstate__(self, state):
        (self.typeid, self.address, self.id) = state

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%r)' % \
               (self.__class__.__name__, self.typeid, self.address, self.id)


class RemoteError(Exception):
    def __str__(self):
        return ('\n' + '-' * 75 + '\n' + str(self.args[0]) + '-' * 75)


def public_methods(obj):
    """The names of obj's callable attributes that do not start with '_'."""
    return [name for name in dir(obj)
            if name[0] != '_' and callable(getattr(obj, name, None))]


# -- the server ----------------------------------------------------------------

class Server:
    """Owns the shared objects and answers requests, a thread per client."""

    def __init__(self, registry, address, authkey):
        self.registry = registry
        self.listener = Listener(address=address, backlog=64, authkey=authkey)
        self.address = self.listener.address
        self.objects = {}            # id -> (object, exposed names)
        self.lock = threading.Lock()
        self.next_id = 1
        self.stop_event = threading.Event()

    def serve_forever(self):
        accepter = threading.Thread(target=self.accept_loop, daemon=True)
        accepter.start()
        try:
            self.stop_event.wait()
        finally:
            self.listener.close()

    def accept_loop(self):
        while not self.stop_event.is_set():
            try:
                c = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self.serve_client, args=(c,), daemon=True).start()

    def serve_client(self, conn):
        while not self.stop_event.is_set():
            try:
                request = conn.recv()
            except (EOFError, OSError):
                return
            try:
                answer = ('#RETURN', self.handle(conn, *request))
            except BaseException as e:
                answer = ('#ERROR', e)
            try:
                conn.send(answer)
            except Exception as e:
                conn.send(('#ERROR', RemoteError('failed to send the result: %r' % e)))

    def handle(self, conn, ident, method, args, kwds):
        if ident is None:            # a request to the manager itself
            return getattr(self, 'do_' + method)(*args, **kwds)
        with self.lock:
            obj, exposed = self.objects[ident]
        if method in _FALLBACKS:
            return _FALLBACKS[method](obj)
        if method not in exposed:
            raise AttributeError('method %r of %r object is not in exposed=%r'
                                 % (method, type(obj), exposed))
        return getattr(obj, method)(*args, **kwds)

    def do_create(self, typeid, args, kwds):
        callable_, exposed, method_to_typeid, _ = self.registry[typeid]
        obj = callable_(*args, **kwds)
        if exposed is None:
            exposed = public_methods(obj)
        with self.lock:
            ident = self.next_id
            self.next_id += 1
            self.objects[ident] = (obj, tuple(exposed))
        return ident, tuple(exposed)

    def do_shutdown(self):
        self.stop_event.set()

    def do_dummy(self):
        return None


_FALLBACKS = {'__repr__': repr, '__str__': str, '#getvalue': lambda obj: obj}


def _run_server(registry, address, authkey, writer, initializer, initargs):
    if initializer is not None:
        initializer(*initargs)
    server = Server(registry, address, authkey)
    writer.send(server.address)
    writer.close()
    server.serve_forever()


# -- managers -------------------------------------------------------------------

class BaseManager:
    """Starts the server process and makes proxies for the types registered."""

    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *,
                 shutdown_timeout=1.0):
        if authkey is None:
            authkey = process.current_process().authkey
        self._address = address
        self._authkey = bytes(authkey)
        self._state = 'INITIAL'
        self._process = None
        self._shutdown_timeout = shutdown_timeout

    def start(self, initializer=None, initargs=()):
        if self._state != 'INITIAL':
            from . import ProcessError
            if self._state == 'STARTED':
                raise ProcessError("Already started server")
            raise ProcessError("Manager has shut down")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        reader, writer = connection.Pipe(duplex=False)
        self._process = process_class()(
            target=_run_server,
            args=(self._registry, self._address, self._authkey, writer, initializer, initargs))
        ident = ':'.join(str(i) for i in self._process._identity)
        self._process.name = type(self).__name__ + '-' + ident
        self._process.daemon = True
        self._process.start()
        writer.close()
        self._address = reader.recv()
        reader.close()
        self._state = 'STARTED'
        import atexit
        atexit.register(self._finalize_manager, os.getpid())

    def _finalize_manager(self, pid):
        if os.getpid() == pid and self._state == 'STARTED':
            self.shutdown()

    def connect(self):
        conn = Client(self._address, authkey=self._authkey)
        _call(conn, None, 'dummy')
        conn.close()
        self._state = 'STARTED'

    def shutdown(self):
        if self._state != 'STARTED':
            return
        try:
            conn = Client(self._address, authkey=self._authkey)
            try:
                _call(conn, None, 'shutdown')
            finally:
                conn.close()
        except (OSError, EOFError):
            pass
        if self._process is not None:
            self._process.join(timeout=self._shutdown_timeout)
            if self._process.is_alive():
                self._process.terminate()
                self._process.join()
        self._state = 'SHUTDOWN'

    def join(self, timeout=None):
        if self._process is not None:
            self._process.join(timeout)

    def get_server(self):
        return Server(self._registry, self._address, self._authkey)

    @property
    def address(self):
        return self._address

    def __enter__(self):
        if self._state == 'INITIAL':
            self.start()
        if self._state != 'STARTED':
            from . import ProcessError
            raise ProcessError("Unable to start server")
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    def _create(self, typeid, *args, **kwds):
        assert self._state == 'STARTED', 'server not yet started'
        conn = Client(self._address, authkey=self._authkey)
        try:
            ident, exposed = _call(conn, None, 'create', (typeid, args, kwds))
        finally:
            conn.close()
        return Token(typeid, self._address, ident), exposed

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is None:
            proxytype = AutoProxy
        exposed = exposed or getattr(proxytype, '_exposed_', None)
        cls._registry[typeid] = (callable, exposed, method_to_typeid, proxytype)
        if create_method:
            def temp(self, *args, **kwds):
                token, exp = self._create(typeid, *args, **kwds)
                return make_proxy(proxytype, token, self._authkey, exp, manager=self)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)


def process_class():
    from . import Process
    return Process


def _call(conn, ident, method, args=(), kwds={}):
    conn.send((ident, method, args, kwds))
    kind, result = conn.recv()
    if kind == '#RETURN':
        return result
    raise result


# -- proxies --------------------------------------------------------------------

class BaseProxy:
    """Forwards calls to the shared object its token names."""

    _connections = threading.local()

    def __init__(self, token, serializer='pickle', manager=None, authkey=None,
                 exposed=None, incref=True, manager_owned=False):
        self._token = token
        self._id = token.id
        self._manager = manager
        self._authkey = authkey if authkey is not None else \
            process.current_process().authkey
        self._exposed = exposed

    def _connection(self):
        cache = BaseProxy._connections.__dict__
        key = (os.getpid(), self._token.address)
        conn = cache.get(key)
        if conn is None:
            conn = cache[key] = Client(self._token.address, authkey=self._authkey)
        return conn

    def _callmethod(self, methodname, args=(), kwds={}):
        return _call(self._connection(), self._id, methodname, args, kwds)

    def _getvalue(self):
        return self._callmethod('#getvalue')

    def __reduce__(self):
        return (RebuildProxy, (type(self), self._token, self._exposed))

    def __deepcopy__(self, memo):
        return self._getvalue()

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % \
               (type(self).__name__, self._token.typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def RebuildProxy(proxytype, token, exposed):
    """Unpickling a proxy in another process: a new proxy to the same object."""
    return make_proxy(proxytype, token, None, exposed)


def make_proxy(proxytype, token, authkey, exposed, manager=None):
    if isinstance(proxytype, type):
        return proxytype(token, manager=manager, authkey=authkey, exposed=exposed)
    return proxytype(token, manager=manager, authkey=authkey, exposed=exposed)


def MakeProxyType(name, exposed, _cache={}):
    """A BaseProxy subclass with one forwarding method per exposed name."""
    exposed = tuple(exposed)
    try:
        return _cache[(name, exposed)]
    except KeyError:
        pass
    namespace = {}
    for meth in exposed:
        def forward(self, *args, _name=meth, **kwds):
            return self._callmethod(_name, args, kwds)
        forward.__name__ = meth
        namespace[meth] = forward
    proxy_type = type(name, (BaseProxy,), namespace)
    proxy_type._exposed_ = exposed
    _cache[(name, exposed)] = proxy_type
    return proxy_type


def AutoProxy(token, serializer='pickle', manager=None, authkey=None, exposed=None,
              incref=True, manager_owned=False):
    """A proxy whose methods are the object's public methods."""
    proxy_type = MakeProxyType('AutoProxy[%s]' % token.typeid, exposed or ())
    return proxy_type(token, manager=manager, authkey=authkey, exposed=exposed)


class Namespace:
    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


def Array(typecode, sequence, lock=True):
    import array
    return array.array(typecode, sequence)


class IteratorProxy(BaseProxy):
    _exposed_ = ('__next__', 'send', 'throw', 'close')

    def __iter__(self):
        return self

    def __next__(self, *args):
        return self._callmethod('__next__', args)

    def send(self, *args):
        return self._callmethod('send', args)

    def throw(self, *args):
        return self._callmethod('throw', args)

    def close(self, *args):
        return self._callmethod('close', args)


class AcquirerProxy(BaseProxy):
    _exposed_ = ('acquire', 'release')

    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callmethod('acquire', args)

    def release(self):
        return self._callmethod('release')

    def __enter__(self):
        return self._callmethod('acquire')

    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callmethod('release')


class ConditionProxy(AcquirerProxy):
    _exposed_ = ('acquire', 'release', 'wait', 'notify', 'notify_all')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def notify(self, n=1):
        return self._callmethod('notify', (n,))

    def notify_all(self):
        return self._callmethod('notify_all')

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is not None:
            import time
            endtime = time.monotonic() + timeout
        else:
            endtime = None
            waittime = None
        while not result:
            if endtime is not None:
                import time
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class EventProxy(BaseProxy):
    _exposed_ = ('is_set', 'set', 'clear', 'wait')

    def is_set(self):
        return self._callmethod('is_set')

    def set(self):
        return self._callmethod('set')

    def clear(self):
        return self._callmethod('clear')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))


class BarrierProxy(BaseProxy):
    _exposed_ = ('__getattribute__', 'wait', 'abort', 'reset')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def abort(self):
        return self._callmethod('abort')

    def reset(self):
        return self._callmethod('reset')

    @property
    def parties(self):
        return self._callmethod('__getattribute__', ('parties',))

    @property
    def n_waiting(self):
        return self._callmethod('__getattribute__', ('n_waiting',))

    @property
    def broken(self):
        return self._callmethod('__getattribute__', ('broken',))


class NamespaceProxy(BaseProxy):
    _exposed_ = ('__getattribute__', '__setattr__', '__delattr__')

    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        return self._callmethod('__getattribute__', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        return self._callmethod('__setattr__', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        return self._callmethod('__delattr__', (key,))


class ValueProxy(BaseProxy):
    _exposed_ = ('get', 'set')

    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)


_SEQUENCE_METHODS = ('__add__', '__contains__', '__delitem__', '__getitem__', '__len__',
                     '__mul__', '__reversed__', '__rmul__', '__setitem__')
BaseListProxy = MakeProxyType('BaseListProxy', _SEQUENCE_METHODS + (
    'append', 'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort',
    '__imul__'))


class ListProxy(BaseListProxy):
    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self

    def __iter__(self):
        return iter(self._callmethod('__getitem__', (slice(None),)))


_DICT_METHODS = ('__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__',
                 'clear', 'copy', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault',
                 'update', 'values')
_DictProxyBase = MakeProxyType('DictProxy', _DICT_METHODS)


class DictProxy(_DictProxyBase):
    def __iter__(self):
        return iter(self._callmethod('keys'))


ArrayProxy = MakeProxyType('ArrayProxy', ('__len__', '__getitem__', '__setitem__'))


class _ListingDict(dict):
    """dict whose views travel as lists (a view cannot be pickled)."""

    def keys(self):
        return list(dict.keys(self))

    def values(self):
        return list(dict.values(self))

    def items(self):
        return list(dict.items(self))

    def __repr__(self):
        return dict.__repr__(self)


class _ListingList(list):
    def __getitem__(self, index):
        return list.__getitem__(self, index)

    def __repr__(self):
        return list.__repr__(self)


class _Pool:
    def __init__(self, *args, **kwds):
        from .pool import Pool
        self._pool = Pool(*args, **kwds)

    def __getattr__(self, name):
        return getattr(self._pool, name)


class SyncManager(BaseManager):
    """The manager behind multiprocessing.Manager()."""


for _typeid, _callable, _proxy in (
        ('Queue', queue.Queue, None),
        ('JoinableQueue', queue.Queue, None),
        ('Event', threading.Event, EventProxy),
        ('Lock', threading.Lock, AcquirerProxy),
        ('RLock', threading.RLock, AcquirerProxy),
        ('Semaphore', threading.Semaphore, AcquirerProxy),
        ('BoundedSemaphore', threading.BoundedSemaphore, AcquirerProxy),
        ('Condition', threading.Condition, ConditionProxy),
        ('Barrier', threading.Barrier, BarrierProxy),
        ('list', _ListingList, ListProxy),
        ('dict', _ListingDict, DictProxy),
        ('Value', Value, ValueProxy),
        ('Array', Array, ArrayProxy),
        ('Namespace', Namespace, NamespaceProxy)):
    SyncManager.register(_typeid, _callable, _proxy)
del _typeid, _callable, _proxy
