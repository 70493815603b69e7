"""signal: setting Python handlers for signals (gilpy).  The work is done
by the _signal C module; this layer turns the signal numbers, handler
constants and mask operations into IntEnums (signal.SIGINT is
<Signals.SIGINT: 2>) and converts results back to them."""
import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_globals = globals()


def _enum_from_globals(cls_name, wanted):
    # Members sorted by value, then name: of two names for one number (SIGIOT
    # and SIGABRT) the first in that order is the member, the other an alias.
    members = sorted(((n, v) for n, v in _globals.items() if wanted(n)),
                     key=lambda item: (item[1], item[0]))
    cls = _IntEnum(cls_name, members, module=__name__)
    _globals.update(cls.__members__)
    return cls


Signals = _enum_from_globals(
    'Signals', lambda n: n.isupper() and n.startswith('SIG') and not n.startswith('SIG_'))
Handlers = _enum_from_globals('Handlers', lambda n: n in ('SIG_DFL', 'SIG_IGN'))
Sigmasks = _enum_from_globals(
    'Sigmasks', lambda n: n in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'))


def _int_to_enum(value, enum_klass):
    """An enum member for value when it names one, else value unchanged."""
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """int(value) for enum members and ints; anything else unchanged."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    return _int_to_enum(_signal.getsignal(signalnum), Handlers)


def pthread_sigmask(how, mask):
    return set(_int_to_enum(x, Signals) for x in _signal.pthread_sigmask(how, mask))


def sigpending():
    return {_int_to_enum(x, Signals) for x in _signal.sigpending()}


def sigwait(sigset):
    return _int_to_enum(_signal.sigwait(sigset), Signals)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}

