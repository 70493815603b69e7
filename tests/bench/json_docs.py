# json_docs.py: json.dumps and json.loads of a mixed nested document (objects,
# arrays, strings with escapes and non-ASCII text, ints, big ints, floats,
# booleans, null), with the default options and with indent/sort_keys.
import json


def make_doc(n):
    users = []
    for i in range(n):
        users.append({
            'id': i,
            'name': 'user%d' % i,
            'email': 'user%d@example.com' % i,
            'score': i * 1.25 - 3.5,
            'active': i % 3 != 0,
            'manager': None if i % 5 else i // 5,
            'tags': ['t%d' % (i % 7), 'caf\u00e9', 'line\nbreak "quoted"'],
            'big': 10 ** 20 + i,
            'address': {'street': '%d Main St' % i, 'city': 'Z\u00fcrich', 'zip': '%05d' % i},
            'history': [{'t': j, 'v': j / 8} for j in range(4)],
        })
    return {'version': 3, 'users': users, 'meta': {'count': n, 'ok': True}}


doc = make_doc(400)
total = 0
for _ in range(60):
    text = json.dumps(doc)
    back = json.loads(text)
    total += len(text) + len(back['users'])
pretty = json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False)
for _ in range(5):
    assert json.loads(pretty) == back
print(total, len(pretty), back == json.loads(text), back['users'][7]['tags'])
