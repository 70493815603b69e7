# Popen's user, group and extra_groups: checked in the parent with CPython's
# messages, applied in the child (as root; otherwise the child's refusal is
# the parent's PermissionError).
import os
import subprocess

for kw in ({'user': 'gilpy-no-such-user'}, {'user': 1.5}, {'user': -1},
           {'group': 'gilpy-no-such-group'}, {'group': []}, {'group': -2},
           {'extra_groups': 5}, {'extra_groups': [-1]}, {'extra_groups': ['gilpy-no-such-group']},
           {'extra_groups': [1.5]}):
    try:
        subprocess.run(['true'], **kw)
    except Exception as e:
        print(sorted(kw), type(e).__name__, e)


def ids_of(**kw):
    try:
        out = subprocess.run(['sh', '-c', 'id -u; id -g; id -G'], capture_output=True, **kw).stdout
    except PermissionError:
        return None
    return [line.split() for line in out.decode().splitlines()]


root = os.geteuid() == 0
for pre in (None, lambda: None):
    got = ids_of(user=65534, group=65534, extra_groups=[65534, 100], preexec_fn=pre)
    print(got == [['65534'], ['65534'], ['65534', '100']] if root else got is None)
    got = ids_of(user=65534, group=65534, extra_groups=[], preexec_fn=pre)
    print(got == [['65534'], ['65534'], ['65534']] if root else got is None)
print(ids_of(user=os.geteuid())[0] == [str(os.geteuid())])
