# sysconfig: schemes, path names and paths with given variables, the
# configuration variables that do not depend on the installation.
import sysconfig

print(sysconfig.get_python_version(), sysconfig.get_platform())
print(sysconfig.get_scheme_names())
print(sysconfig.get_path_names())
print(sysconfig.get_default_scheme(), sysconfig.get_preferred_scheme("user"),
      sysconfig.get_preferred_scheme("home"))
base = {"base": "/B", "platbase": "/P", "installed_base": "/I", "installed_platbase": "/IP"}
print(sysconfig.get_paths(vars=base))
print(sysconfig.get_paths("posix_user", vars={"userbase": "/U"}))
print(sysconfig.get_paths("nt", vars=base))
print(sysconfig.get_paths(expand=False))
print(sysconfig.get_path("purelib", vars={"base": "/x"}), sorted(sysconfig.get_paths()))
for key in ["py_version_short", "py_version_nodot", "abiflags", "SIZEOF_VOID_P", "Py_DEBUG",
            "platlibdir", "VERSION", "MACHDEP", "MULTIARCH", "nope", "py_version"]:
    print(key, repr(sysconfig.get_config_var(key)))
print(sysconfig.get_config_vars("VERSION", "nothing"))
print(isinstance(sysconfig.get_config_vars(), dict), sysconfig.is_python_build())
for call in [lambda: sysconfig.get_paths("bogus"), lambda: sysconfig.get_path("bogus"),
             lambda: sysconfig.get_preferred_scheme("x")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
import io
print(sysconfig.parse_config_h(io.StringIO("#define HAVE_X 1\n#define NAME \"v\"\n/* #undef NOPE */\n")))
