# Members CPython declares read-only refuse assignment and deletion with
# its own message, "readonly attribute" (one shared setter in gilpy).
import json.scanner, json.encoder, types
import _json
tests = [(1j, 'real'), (range(3), 'step'), (slice(1), 'stop'), (types.ModuleType('m'), '__dict__'),
         (ExceptionGroup('e', [ValueError()]), 'exceptions'),
         (_json.make_scanner(json.JSONDecoder()), 'strict'),
         (_json.make_encoder(None, None, None, None, ':', ',', False, False, True), 'indent')]
for o, name in tests:
    for op in ('set', 'del'):
        try:
            setattr(o, name, 1) if op == 'set' else delattr(o, name)
        except AttributeError as e:
            print(type(o).__name__, name, op, e)

