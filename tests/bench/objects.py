# objects.py: a class-heavy workload: method calls, attribute reads and writes,
# properties, __eq__/__hash__ keys in dicts, inheritance with super().
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Shape:
    def __init__(self, name):
        self.name = name
        self._scale = 1

    @property
    def scale(self):
        return self._scale

    @scale.setter
    def scale(self, value):
        self._scale = value

    def area(self):
        return 0

    def describe(self):
        return self.area() * self.scale


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def area(self):
        return super().area() + 1


counts = {}
total = 0
origin = Vec(0, 0)
for i in range(150_000):
    v = Vec(i % 37, i % 11)
    w = v.add(origin)
    total += w.dot(v)
    counts[w] = counts.get(w, 0) + 1
    s = Square(i % 13) if i & 1 else Rect(i % 7, i % 5)
    s.scale = s.scale + (i & 3)
    total += s.describe()
print(total, len(counts), counts[Vec(3, 3)])
