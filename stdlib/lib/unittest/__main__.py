"""python -m unittest: runs the tests named on the command line, or discovers them."""

import sys

if sys.argv[0].endswith("__main__.py") or sys.argv[0].startswith("<frozen"):
    import os.path
    # "python -m unittest" is what the usage message should name.
    sys.argv[0] = os.path.basename(sys.executable) + " -m unittest"
    del os

__unittest = True

from .main import main

main(module=None)
