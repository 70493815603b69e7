"""collections.abc: the abstract base classes of containers (defined in
_collections_abc, which the collections package itself can import early)."""

from _collections_abc import *
from _collections_abc import __all__
from _collections_abc import _CallableGenericAlias

# The collections classes CPython derives from these ABCs count as them.
from collections import deque as _deque, ChainMap as _ChainMap
MutableSequence.register(_deque)
MutableMapping.register(_ChainMap)
del _deque, _ChainMap
