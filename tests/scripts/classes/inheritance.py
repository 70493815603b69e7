# Inheritance, super(), MRO.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)

    def kind(self):
        return "dog/" + super().kind()


class Puppy(Dog):
    def kind(self):
        return "puppy/" + super(Puppy, self).kind()


d = Puppy("rex", ["sit"])
print(d.speak(), d.kind(), d.tricks)
print(isinstance(d, Animal), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(Puppy.__mro__)
print([c.__name__ for c in Puppy.mro()])


# diamond
class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])
print(D.__bases__, D.__base__)

try:
    class E(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class F(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)


# super in classmethods and with explicit arguments
class Base:
    @classmethod
    def create(cls):
        return cls.__name__

    def hello(self):
        return "base hello"


class Derived(Base):
    @classmethod
    def create(cls):
        return "derived " + super().create()

    def hello(self):
        return super(Derived, self).hello() + " via derived"


print(Derived.create(), Derived().hello())
s = super(Derived, Derived())
print(s.hello())
print(super(Derived, Derived).create())

try:
    super(Derived, 1)
except TypeError as e:
    print("TypeError:", e)


# super().__init__ chains with cooperative keyword args
class Root:
    def __init__(self, **kw):
        self.extra = kw


class Mixin(Root):
    def __init__(self, color="red", **kw):
        self.color = color
        super().__init__(**kw)


class Shape(Mixin):
    def __init__(self, sides, **kw):
        self.sides = sides
        super().__init__(**kw)


s = Shape(3, color="blue", tag=1)
print(s.sides, s.color, s.extra)


# overriding and attribute lookup order
class P:
    x = 1

    def f(self):
        return "P.f"


class Q(P):
    pass


q = Q()
print(q.x, q.f())
P.x = 5
print(q.x)
Q.f = lambda self: "Q.f"
print(q.f())


# inheriting from built-ins
class MyList(list):
    def total(self):
        return sum(self)


ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), isinstance(ml, list), type(ml).__name__)


class MyDict(dict):
    def __missing__(self, key):
        return key * 2


md = MyDict(a=1)
print(md["a"], md["zz"], md)


class MyInt(int):
    def double(self):
        return self * 2


print(MyInt(21).double(), MyInt(3) + 4)


class MyStr(str):
    def shout(self):
        return self.upper() + "!"


print(MyStr("hi").shout(), MyStr("a") + "b")
