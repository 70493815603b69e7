"""Measure how long small pieces of code take to run.

As a library: Timer(stmt, setup, timer, globals) compiles the statement into
a function that runs it in a loop; its timeit(number) returns the seconds
taken, repeat(repeat, number) a list of such times, and autorange() picks a
loop count that takes at least 0.2 seconds.  timeit() and repeat() are
shortcuts that make a Timer and call the method of the same name.

From the command line:
    gilpy -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [--] [statement ...]

  -n/--number N   loops per timing (default: the first of 1, 2, 5, 10, 20,
                  50, ... that takes at least 0.2 seconds)
  -r/--repeat N   how many timings to take (default 5); the best is shown
  -s/--setup S    code run once before the timings (default 'pass'); may be
                  given several times, one line each
  -p/--process    time with time.process_time() instead of
                  time.perf_counter()
  -u/--unit U     show times in nsec, usec, msec or sec
  -v/--verbose    also show the raw timings; twice for one more digit
  -h/--help       show this text and exit
  --              end of the options (for a statement starting with -)
  statement       the code to time (default 'pass'); each further argument
                  is one more line, and quoted leading spaces indent it

The time of an empty loop ('pass') is included in every result; run the
command without a statement to see how large it is.
"""

import sys
import time

try:
    import gc
except ImportError:         # no collector to pause
    gc = None

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# The function every Timer compiles.  The statement runs in a function, so
# its names are fast locals, and the loop runs over itertools.repeat (no
# int objects).  setup sits 4 spaces in and stmt 8: reindent() relies on it,
# and the layout fixes the line numbers tracebacks show for <timeit-src>.
template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """Indent every line after the first of src by indent spaces."""
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Times a statement: Timer(stmt='pass', setup='pass',
    timer=default_timer, globals=None).

    stmt and setup are source strings (several lines allowed, but no
    multi-line string literals) or callables taking no argument.  The code
    runs in the namespace globals (this module's when None); setup runs once
    per timing, outside the timed loop."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer,
                 globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            # compiled alone first, so a syntax error names the user's code
            compile(setup, dummy_src_name, "exec")
            stmtprefix = setup + '\n'
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(stmtprefix + stmt, dummy_src_name, "exec")
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = template.format(stmt=stmt, setup=setup, init=init)
        self.src = src      # kept so print_exc can show the source lines
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled (to file,
        sys.stderr by default), with the lines of the compiled template
        shown: call it from an except clause around timeit() or repeat()."""
        import linecache, traceback
        if self.src is not None:
            linecache.cache[dummy_src_name] = (len(self.src), None,
                                               self.src.split("\n"),
                                               dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Run setup once, then the statement number times; return the
        time the loop took (seconds, with the default timer)."""
        # CPython loops over itertools.repeat; gilpy's is written in Python,
        # while a range yields tagged small ints at no cost
        it = range(number)
        gcold = gc is not None and gc.isenabled()
        if gcold:
            gc.disable()
        try:
            timing = self.inner(it, self.timer)
        finally:
            if gcold:
                gc.enable()
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit(number) repeat times; return the list of times.
        The smallest is the useful one: larger ones measure interference
        from the rest of the machine, not the code."""
        r = []
        for i in range(repeat):
            t = self.timeit(number)
            r.append(t)
        return r

    def autorange(self, callback=None):
        """Time 1, 2, 5, 10, 20, 50, ... loops until one timing takes at
        least 0.2 seconds; return (number, time_taken) of that one.
        callback(number, time_taken), when given, sees every timing."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


# ---- command line -------------------------------------------------------------

class _OptionError(Exception):
    pass


def _parse_options(args, shortopts, longopts):
    """Options in front of the operands, as getopt.getopt parses them:
    returns ([(option, value)], operands); _OptionError with getopt's
    messages."""
    opts = []
    while args and args[0].startswith('-') and args[0] != '-':
        arg, args = args[0], args[1:]
        if arg == '--':
            break
        if arg.startswith('--'):
            name, eq, value = arg[2:].partition('=')
            if not eq:
                value = None
            matches = [o for o in longopts if o.startswith(name)]
            if not matches:
                raise _OptionError('option --%s not recognized' % name)
            if name in matches:
                has_arg = False
            elif name + '=' in matches:
                has_arg = True
            elif len(matches) > 1:
                raise _OptionError('option --%s not a unique prefix' % name)
            else:
                full = matches[0]
                has_arg = full.endswith('=')
                name = full.rstrip('=')
            if has_arg:
                if value is None:
                    if not args:
                        raise _OptionError('option --%s requires argument' % name)
                    value, args = args[0], args[1:]
            elif value is not None:
                raise _OptionError('option --%s must not have an argument' % name)
            opts.append(('--' + name, value or ''))
            continue
        chars = arg[1:]
        while chars:
            c, chars = chars[0], chars[1:]
            at = shortopts.find(c) if c != ':' else -1
            if at < 0:
                raise _OptionError('option -%s not recognized' % c)
            if shortopts.startswith(':', at + 1):
                if not chars:
                    if not args:
                        raise _OptionError('option -%s requires argument' % c)
                    chars, args = args[0], args[1:]
                opts.append(('-' + c, chars))
                break
            opts.append(('-' + c, ''))
    return opts, args


def main(args=None, *, _wrap_timer=None):
    """The command line: times the statement in args (sys.argv[1:] by
    default) and prints the best time per loop.  Returns None, or 2 for a
    usage error, 1 when the timed code raised (its traceback printed)."""
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = _parse_options(args, "n:u:s:r:tcpvh",
                                    ["number=", "setup=", "repeat=",
                                     "time", "clock", "process",
                                     "verbose", "unit=", "help"])
    except _OptionError as err:
        print(err)
        print("use -h/--help for command line help")
        return 2

    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0              # 0: found by autorange
    setup = []
    repeat = default_repeat
    verbose = 0
    time_unit = None
    units = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}
    precision = 3
    for o, a in opts:
        if o in ("-n", "--number"):
            number = int(a)
        if o in ("-s", "--setup"):
            setup.append(a)
        if o in ("-u", "--unit"):
            if a in units:
                time_unit = a
            else:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.",
                      file=sys.stderr)
                return 2
        if o in ("-r", "--repeat"):
            repeat = int(a)
            if repeat <= 0:
                repeat = 1
        if o in ("-p", "--process"):
            timer = time.process_time
        if o in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        if o in ("-h", "--help"):
            print(__doc__, end=' ')
            return 0
    setup = "\n".join(setup) or "pass"

    # the statement may import modules of the current directory
    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)

    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(number, time_taken):
                print("{num} loop{s} -> {secs:.{prec}g} secs".format(
                    num=number, s='s' if number != 1 else '',
                    secs=time_taken, prec=precision))
        try:
            number, _ = t.autorange(callback)
        except:
            t.print_exc()
            return 1
        if verbose:
            print()

    try:
        raw_timings = t.repeat(repeat, number)
    except:
        t.print_exc()
        return 1

    def format_time(dt):
        unit = time_unit
        if unit is not None:
            scale = units[unit]
        else:
            # the largest unit the time reaches (nsec for tiny ones)
            for unit, scale in sorted(units.items(), key=lambda u: -u[1]):
                if dt >= scale:
                    break
        return "%.*g %s" % (precision, dt / scale, unit)

    if verbose:
        print("raw times: %s" % ", ".join(map(format_time, raw_timings)))
        print()
    timings = [dt / number for dt in raw_timings]

    best = min(timings)
    print("%d loop%s, best of %d: %s per loop"
          % (number, 's' if number != 1 else '', repeat, format_time(best)))

    worst = max(timings)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. "
                               "The worst time (%s) was more than four times "
                               "slower than the best time (%s)."
                               % (format_time(worst), format_time(best)),
                               UserWarning, '', 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
