"""_strptime (gilpy): the Python half of time.strptime, as in CPython; the
parsing itself is datetime's (_strptime_fields)."""

import time
from datetime import _strptime_fields, _strptime_datetime

__all__ = []


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """A time.struct_time from a string and a strptime format."""
    fields = _strptime_fields(data_string, format)
    year, month, day, hour, minute, second = fields[:6]
    weekday, julian, isdst = fields[10:13]
    return time.struct_time((year, month, day, hour, minute, second,
                             weekday, julian, isdst))
