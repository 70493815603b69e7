# sys.addaudithook / sys.audit (PEP 578) with events a script raises itself.
import sys

sys.audit('nobody.listens', 1)
try:
    sys.audit()
except TypeError as e:
    print('TypeError', e)

seen = []


def hook(event, args):
    if event.startswith('course.'):
        seen.append((event, args))


print(sys.addaudithook(hook))
sys.audit('course.start', 1, 'x', [2])
sys.audit('course.empty')
print(seen)
for bad in [(1,), ()]:
    try:
        sys.audit(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    sys.audit('course.k', k=1)
except TypeError as e:
    print('TypeError', e)


def refuse(event, args):
    if event == 'course.forbidden':
        raise RuntimeError('not allowed: ' + event)


sys.addaudithook(refuse)
try:
    sys.audit('course.forbidden', 'rm -rf')
except RuntimeError as e:
    print('RuntimeError', e)
print(len(seen), seen[-1])
