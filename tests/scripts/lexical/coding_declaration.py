# -*- coding: utf-8 -*-
# An encoding declaration on the first line is accepted.
s = "naïve café"
print(s, len(s), s.encode("utf-8"))
