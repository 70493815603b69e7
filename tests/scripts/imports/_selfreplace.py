# replaces itself in sys.modules, which import then returns
import sys
print("mod", __name__, __file__.endswith("_selfreplace.py"))
sys.modules[__name__] = 42
