# time.strptime: parsed by _strptime (datetime's parser), giving struct_time.
import time
print(time.strptime('2026-11-30 10:01:02', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('Mon Nov 30 10:01:02 2026'))
print(time.strptime('30 Nov 2026 UTC', '%d %b %Y %Z'))
print(time.strptime('2026 49 1', '%G %V %u'))
print(time.mktime(time.strptime('2026-11-30', '%Y-%m-%d')))
for a in [(1,), ('x', '%Y'), ('2026', 5)]:
    try: time.strptime(*a)
    except Exception as e: print(type(e).__name__, e)
