# An error inside a class body, inside a method, inside a comprehension and
# a lambda: each frame with its own name and line.

def check():
    class Inner:
        values = [1, 2, 0]
        def ratio(self, vs):
            return [10 // v for v in vs]
        scaled = (lambda vs: Inner.ratio(None, vs)) if False else None
        result = [10 // v for v in values]
    return Inner

check()
