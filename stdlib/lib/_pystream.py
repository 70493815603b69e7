"""_pystream: the methods gilpy's stream classes written in Python share
(_pybuffered's Buffered* and _pytextio's TextIOWrapper): the context
manager, line iteration and closing when collected.  Each class says where
its inner stream is with _inner() and checks itself with _check()."""


def __del__(self):
    try:
        inner = self._inner()
        if inner is not None and not inner.closed:
            self.close()
    except Exception:
        pass


def __enter__(self):
    self._check()
    return self


def __exit__(self, *args):
    self.close()


def __iter__(self):
    self._check()
    return self


def __next__(self):
    line = self.readline()
    if not line:
        raise StopIteration
    return line


METHODS = {'__del__': __del__, '__enter__': __enter__, '__exit__': __exit__,
           '__iter__': __iter__, '__next__': __next__}
