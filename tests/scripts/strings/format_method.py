# str.format / format_map: the replacement-field grammar, nested specs and CPython's errors.
def show(fmt, *a, **k):
    try:
        print(repr(fmt.format(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show("{} {} {}", 1, "a", 2.5)
show("{0} {1} {0}", "x", "y")
show("{a} {b}", a=1, b=2)
show("{0[1]} {0[k]}", {1: "one", "k": "kay"})
show("{0[0]}", [7])
show("{!r} {!s} {!a}", "é", "é", "é")
show("{0!r:>10}|{0:^9}|{0:*<6}", "ab")
show("{:{}}|{:{}{}}", "x", 5, "y", ">", 4)
show("{0:{1}.{2}f}", 3.14159, 10, 3)
show("{:>{w}}", "r", w=6)
show("{{}} {{{}}} }}{{", 7)
show("{:d} {:5d} {:<5d}| {:x} {:#b} {:,} {:_}", 1, 2, 3, 255, 5, 1234567, 7654321)
show("{:.2%} {:e} {:g} {:.3}", 0.256, 12345.678, 1e-7, 3.14159)
show("{:s}", "str")
show("{}", None)
show("{0}{1}", *"ab")
show("{name}", **{"name": "kw"})
show("{}{}", 1)
show("{1}", 1)
show("{x}", y=1)
show("{0}{}", 1, 2)
show("{}{0}", 1, 2)
show("{", 1)
show("}", 1)
show("a{0", 1)
show("{0:", 1)
show("{!}", 1)
show("{0!x}", 1)
show("{0!rx}", 1)
show("{0!}", 1)
show("{0[}", [1])
show("{0[]}", [1])
show("{0.}", 1)
show("{0]}", [1])
show("{0[0]x}", [1])
show("{0.real.imag}", 5)
show("{0.nope}", 5)
show("{0[5]}", [1])
show("{a{b}}", 1)
show("{:{:{}}}", 1, 2, 3)
show("{:d}", "s")
show("{:s}", 5)
show("{:+}", "s")
show("{:=5}", "s")
show("{:#}", "s")
show("{:,}", "s")
show("{0:{a}}", 1, a="<5")
show("{99999999999999999999999}", 1)
show("{0:}", "empty")
show("{{}}")
show("")
show("no fields")
print("{a}-{b}".format_map({"a": 1, "b": 2}))
try:
    "{0}".format_map({})
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    "{x}".format_map({})
except Exception as e:
    print(type(e).__name__ + ":", repr(e))
try:
    "{}".format_map()
except Exception as e:
    print(type(e).__name__ + ":", e)

print(format("abc", ""), format("abc", "<6") + "|", format("abc", ">6"), format("abc", "^7"), format("abc", "x^8"))
print(format("héllo", ".2"), format("héllo", "é>8.3"), format("abc", "06"), format("abc", "<06"))
for spec in ["d", "+", " ", "#", "=5", ",", "_", "z", "5.", ".x", "10.2x"]:
    try:
        print(format("abc", spec))
    except Exception as e:
        print(spec, type(e).__name__ + ":", e)
print("abc".__format__("^5") + "|")
try:
    "abc".__format__(5)
except Exception as e:
    print(type(e).__name__ + ":", e)
