# _queue.py: the module CPython's queue.SimpleQueue and queue.Empty come
# from (written in C there).  gilpy writes both in Python in queue.py; this
# module gives them under their CPython home.

from queue import Empty, SimpleQueue

__all__ = ['Empty', 'SimpleQueue']
