# pickle_objects.py: pickle.dumps and pickle.loads of a nested structure of
# about 100,000 objects (dicts, lists, tuples, strings, ints, floats, and
# instances of a small class), at the default protocol and at protocol 2.
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and self.x == other.x and self.y == other.y


def build(n):
    shared_tags = ["red", "green", "blue"]
    records = []
    for i in range(n):
        records.append({
            "id": i,
            "name": "item%d" % i,
            "price": i * 0.25,
            "pos": (i % 97, i % 89),
            "tags": [shared_tags[i % 3], "t%d" % (i % 50)],
            "where": Point(i, -i),
            "big": 10 ** 20 + i,
        })
    return {"records": records, "count": n, "title": "benchmark"}


data = build(10_000)
total = 0
for proto in (pickle.DEFAULT_PROTOCOL, 2):
    for _ in range(3):
        blob = pickle.dumps(data, proto)
        back = pickle.loads(blob)
        total += len(blob)
    print(proto, len(blob), back == data, back["records"][5]["where"].y)
print(total)
