# inspect: classify_class_attrs, getclasstree, getmembers_static, getargvalues, getclosurevars,
# getargs, isabstract/ismethodwrapper/isgetsetdescriptor, getmodulename.
import inspect
class A:
    x = 1
    def m(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
    @property
    def p(self): return 1
class B(A):
    def m(self): pass
for a in inspect.classify_class_attrs(B):
    if not a.name.startswith('__'):
        print(a.name, a.kind, a.defining_class.__name__, type(a.object).__name__)
print(inspect.getclasstree([A, B]))
print([n for n, v in inspect.getmembers_static(B(), lambda v: isinstance(v, property))])
def f(a, *args, b=2, **kw):
    return inspect.getargvalues(inspect.currentframe())
print(f(1, 2, 3, c=4))
cv = inspect.getclosurevars(f)
print(cv.nonlocals, sorted(cv.globals), cv.builtins, sorted(cv.unbound))
print(inspect.getargs(f.__code__))
print(inspect.isabstract(int), inspect.ismethodwrapper((1).__add__), inspect.isgetsetdescriptor(type(f).__dict__.get('__code__')))
print(inspect.getcomments(A), inspect.getmodulename('x.pyw'), inspect.getmodulename('/a/m.cpython-311-x86_64-linux-gnu.so'), inspect.getmodulename('m.pyc'))
