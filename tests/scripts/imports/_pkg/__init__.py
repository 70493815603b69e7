# a package found on sys.path (the test folder)
print("pkg init", __name__, __package__, __path__ == [__file__.rsplit("/", 1)[0]])
from . import helper
X = helper.twice(21)
