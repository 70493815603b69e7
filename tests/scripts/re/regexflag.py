# RegexFlag: membership, combination, lookup, reprs
import re
print(re.I in (re.I | re.M), re.S in (re.I | re.M), len(re.I | re.M), list(re.I | re.X))
print(re.RegexFlag(2), re.RegexFlag['DOTALL'], re.I & re.M, re.I ^ re.I, bool(re.NOFLAG))
print(repr(re.I | re.M | re.S | re.X | re.A), hash(re.I) == hash(2), re.I == 2, re.I + 1)
print(re.RegexFlag.__name__, re.RegexFlag.__module__, type(re.M).__mro__[1].__name__)
