# Forwarding *args and **kwargs through wrappers, and keyword/positional interplay.
def target(a, b=0, *rest, key="k", **extra):
    return {"a": a, "b": b, "rest": rest, "key": key, "extra": extra}
def forward(*args, **kwargs):
    return target(*args, **kwargs)
def forward_with_default(*args, key="wrapped", **kwargs):
    return target(*args, key=key, **kwargs)
def prepend(first, *args, **kwargs):
    return forward("pre", first, *args, **kwargs)
print(forward(1))
print(forward(1, 2, 3, 4, key="x", y=5))
print(forward_with_default(1, 2))
print(forward_with_default(1, key="explicit", z=0))
print(prepend(9, 8, 7, q=1))
args = (1, 2)
kwargs = {"key": "from dict", "more": True}
print(forward(*args, **kwargs), args, kwargs)
def collect(*args, **kwargs):
    args = args + ("added",)
    kwargs["added"] = True
    return args, kwargs
original = {"x": 1}
print(collect(*[1], **original), original)
def count_args(*a, **k):
    return len(a), len(k)
print(count_args(), count_args(*range(100)), count_args(**{str(i): i for i in range(50)}))
def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1, 2], reverse=True), apply(dict, a=1), apply(lambda: "no args"))
def chain(*fns):
    def run(*args, **kwargs):
        result = fns[0](*args, **kwargs)
        for fn in fns[1:]:
            result = fn(result)
        return result
    return run
print(chain(sum, str, len)([10 ** 5, 1]), chain(sorted, tuple)("cab"))
try:
    forward()
except TypeError as e:
    print("TypeError:", e)
try:
    forward(1, a=2)
except TypeError as e:
    print("TypeError:", e)
