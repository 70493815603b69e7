# Sorting records with key functions: multi-key, reverse, stability, and hand-written sorts.
people = [
    {"name": "Ada", "age": 36, "city": "London", "score": 91.5},
    {"name": "Grace", "age": 45, "city": "New York", "score": 88.0},
    {"name": "Alan", "age": 41, "city": "London", "score": 91.5},
    {"name": "Linus", "age": 28, "city": "Helsinki", "score": 77.25},
    {"name": "Barbara", "age": 45, "city": "Boston", "score": 95.0},
    {"name": "Edsger", "age": 36, "city": "Austin", "score": 88.0},
]
def show(title, rows):
    print(title)
    for p in rows:
        print(f"  {p['name']:<8} {p['age']:>3} {p['city']:<9} {p['score']:6.2f}")
show("by name:", sorted(people, key=lambda p: p["name"]))
show("by age then name:", sorted(people, key=lambda p: (p["age"], p["name"])))
show("by score desc, name asc:", sorted(people, key=lambda p: (-p["score"], p["name"])))
show("stable by city:", sorted(people, key=lambda p: p["city"]))
show("reverse by age (stable):", sorted(people, key=lambda p: p["age"], reverse=True))
by_len = sorted(([p["name"] for p in people]), key=len)
print(by_len)
copy = people[:]
copy.sort(key=lambda p: p["score"])
copy.sort(key=lambda p: p["city"] == "London")
print([p["name"] for p in copy])
def insertion_sort(items, key=lambda x: x):
    items = list(items)
    for i in range(1, len(items)):
        current = items[i]
        j = i - 1
        while j >= 0 and key(items[j]) > key(current):
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = current
    return items
def merge_sort(items, key=lambda x: x):
    if len(items) <= 1:
        return list(items)
    mid = len(items) // 2
    left, right = merge_sort(items[:mid], key), merge_sort(items[mid:], key)
    out = []
    while left and right:
        out.append(left.pop(0) if key(left[0]) <= key(right[0]) else right.pop(0))
    return out + left + right
ages = [p["age"] for p in people]
print(insertion_sort(ages), merge_sort(ages, key=lambda a: -a))
print([p["name"] for p in merge_sort(people, key=lambda p: p["score"])])
print(insertion_sort(["banana", "Apple", "cherry"], key=str.lower), sorted("hello world"))
print(min(people, key=lambda p: p["age"])["name"], max(people, key=lambda p: (p["score"], p["age"]))["name"])
