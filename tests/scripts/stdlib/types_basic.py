import types, sys
def f(): pass
class C:
    def m(self): pass
def g(): yield 1
print(types.FunctionType, types.LambdaType, types.MethodType, types.BuiltinFunctionType)
print(types.ModuleType, types.GeneratorType, types.MappingProxyType, types.NoneType)
print(types.GenericAlias, types.SimpleNamespace, types.CodeType)
print(isinstance(f, types.FunctionType), isinstance(C().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType))
print(isinstance(g(), types.GeneratorType), isinstance(None, types.NoneType))
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a)
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp))
print(types.GenericAlias(list, (int,)))
def body(ns):
    ns["x"] = 5
    ns["hello"] = lambda self: "hi"
K = types.new_class("K", (C,), None, body)
print(K.__name__, K.x, K().hello(), K.__mro__[1] is C)
class Meta(type):
    pass
K2 = types.new_class("K2", (), {"metaclass": Meta})
print(type(K2) is Meta)
print(types.resolve_bases((int, C)))
m = types.ModuleType("mymod")
print(m.__name__)
