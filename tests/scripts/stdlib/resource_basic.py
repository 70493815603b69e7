# resource: limits (raising RLIMIT_NOFILE to the hard limit as the asyncio
# chapter does), getrusage's struct_rusage, and the errors.
import resource

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(isinstance(soft, int), soft <= hard or hard == resource.RLIM_INFINITY)
target = hard if hard != resource.RLIM_INFINITY else max(soft, 4096)
resource.setrlimit(resource.RLIMIT_NOFILE, (min(target, 4096), hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE)[0] == min(target, 4096))
resource.setrlimit(resource.RLIMIT_NOFILE, [soft, hard])
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
print(resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard))
print(resource.prlimit(0, resource.RLIMIT_NOFILE, (soft, hard)) == (soft, hard))
print(resource.RLIM_INFINITY, resource.getpagesize() > 0)

ru = resource.getrusage(resource.RUSAGE_SELF)
print(type(ru).__name__, type(ru.ru_utime).__name__, type(ru.ru_maxrss).__name__, len(ru))
print(ru.ru_maxrss > 0, ru[2] == ru.ru_maxrss, ru.ru_utime >= 0)
print(resource.struct_rusage.__module__ if hasattr(resource.struct_rusage, '__module__') else '')
print(repr(ru).startswith('resource.struct_rusage(ru_utime='))
print(type(resource.getrusage(resource.RUSAGE_CHILDREN)).__name__)
print(resource.error is OSError)

def attempt(f, *args):
    try:
        print('ok', f(*args))
    except Exception as e:
        print(type(e).__name__, e)

attempt(resource.getrlimit, 99)
attempt(resource.getrlimit, -1)
attempt(resource.getrlimit, 'a')
attempt(resource.getrlimit)
attempt(resource.setrlimit, 99, (1, 2))
attempt(resource.setrlimit, resource.RLIMIT_NOFILE, (1,))
attempt(resource.setrlimit, resource.RLIMIT_NOFILE, 5)
attempt(resource.setrlimit, resource.RLIMIT_NOFILE, (2 ** 64, 1))
attempt(resource.setrlimit, resource.RLIMIT_NOFILE, (1.5, 2))
attempt(resource.setrlimit, resource.RLIMIT_NOFILE, (hard, soft) if soft != hard else (hard + 1, hard))
attempt(resource.setrlimit, resource.RLIMIT_NOFILE)
attempt(resource.getrusage, 5)
attempt(resource.getrusage)
attempt(resource.prlimit, 0)
attempt(resource.prlimit, 0, 99)
attempt(resource.prlimit, -5, 1)
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
