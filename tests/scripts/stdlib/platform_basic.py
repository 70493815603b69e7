# platform: uname and its parts agree with os.uname, platform() string,
# architecture, libc_ver, python_version; python_implementation names the
# running interpreter (compared with sys.implementation, not a constant).
import os
import platform
import sys

u = platform.uname()
ou = os.uname()
print(type(u).__name__, len(u), u._fields)
print(u.system == ou.sysname, u.node == ou.nodename, u.release == ou.release,
      u.version == ou.version, u.machine == ou.machine)
print(platform.system() == u.system == u[0], platform.machine() == u.machine, platform.node() == u.node,
      platform.release() == u.release, platform.version() == u.version)
print(repr(u).startswith("uname_result(system='%s', node=" % ou.sysname), 'processor' not in repr(u))
print(isinstance(platform.processor(), str), u.processor == u[5] == list(iter(u))[5])
print(platform.architecture())
lib, ver = platform.libc_ver()
print(lib, ver == os.confstr('CS_GNU_LIBC_VERSION').split()[1])
p = platform.platform()
print(p == '%s-%s-%s-with-%s%s' % (u.system, u.release, u.machine, lib, ver) or p)
print(platform.platform(terse=True) == p, platform.platform(aliased=True) == p)
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
print(platform.python_version_tuple() == tuple(map(str, sys.version_info[:3])))
print(platform.python_implementation().lower() == sys.implementation.name.lower())
print(type(platform.python_build()).__name__, len(platform.python_build()), isinstance(platform.python_compiler(), str))
print(platform.system_alias('Linux', '1', '2'), platform.mac_ver(), platform.win32_ver(), platform.java_ver()[0])
rel = platform.freedesktop_os_release()
print(sorted(k for k in ('NAME', 'ID', 'PRETTY_NAME') if k in rel))
print(platform._platform('a b', 'c/d', 'unknown', '', 'x'))
