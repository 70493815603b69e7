# str.format and %-formatting.
print("{} + {} = {}".format(1, 2, 3), "{1} {0} {1}".format("a", "b"))
print("{name} is {age:>4} years".format(name="Ada", age=36))
print("{0[0]} {0[1]} {1[key]}".format((7, 8), {"key": "v"}))
print("{:<6}|{:^6}|{:>6}|{:06.2f}|{:,}".format("l", "c", "r", 3.14159, 1234567))
print("%s is %d years and %.1f m" % ("Bob", 42, 1.8256))
print("%5s|%-5s|%05d|%x|%o|%e|%r" % ("a", "b", 42, 255, 8, 12345.678, "q"))
print("%(a)s-%(b)03d" % {"a": "x", "b": 7}, "%%", "%c%c" % (72, "i"))
print(format(3.5, "08.3f"), format(42, "b"), format("x", "^5"), format(12, ""))
