# freeing a million nested lists or tuples must not exhaust the C stack
x = []
for i in range(1000000):
    x = [x]
del x
t = ()
for i in range(1000000):
    t = (t,)
t = None
m = []
for i in range(300000):
    m = [(m,)]
m = 0
print('ok')
