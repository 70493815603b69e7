# global and nonlocal declarations: rebinding, creating, nested levels.
x = "global x"
def read_global():
    return x
def write_global():
    global x
    x = "rebound"
def create_global():
    global brand_new
    brand_new = "created inside a function"
print(read_global())
write_global()
print(x)
create_global()
print(brand_new)
def shadow():
    x = "local"
    return x
print(shadow(), x)
def outer():
    a = 1
    b = 1
    def middle():
        nonlocal a
        a += 10
        def inner():
            nonlocal a, b
            a += 100
            b += 100
            return a, b
        return inner()
    result = middle()
    return result, a, b
print(outer())
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter_pair()
inc(); inc()
print(get())
def global_in_nested():
    def inner():
        global x
        x = "set from inner"
    x = "outer local"
    inner()
    return x
print(global_in_nested(), x)
def multi_global():
    global g1, g2
    g1, g2 = 1, 2
multi_global()
print(g1 + g2)
def unbound():
    try:
        count += 1
    except UnboundLocalError as e:
        return str(e)
    count = 0
print(unbound())
