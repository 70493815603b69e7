# Every % conversion with flags/width/precision against ints (small, big,
# negative, bool), floats (tiny, huge, -0.0, inf, nan) and a str.
V = [0, 1, -1, 42, -42, 255, 2**65, -(2**65), 3.14159, -0.0, 1e100, 1e-7,
     float("inf"), float("-inf"), float("nan"), 2.5, 0.5, True, "é"]
S = ["%s", "%r", "%a", "%d", "%5d", "%-5d", "%05d", "%+d", "% d", "%x", "%#x", "%#X", "%o",
     "%#o", "%.3d", "%e", "%.2e", "%E", "%f", "%.0f", "%#.0f", "%10.3f", "%-10.2f", "%+.1f",
     "%g", "%.3g", "%#g", "%G", "%F", "%08.3f", "% 8.3e", "%i", "%u", "%c", "%-+8.2x|", "%#08o"]
for v in V:
    row = []
    for sp in S:
        try:
            row.append(sp % v)
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(ascii(row))
for fmt in ["{}", "{:>10}", "{:<8}", "{:^9}", "{:*^11}", "{:.3}", "{!r}", "{!a:>12}", "{:10.2}", "{!s:_<7}"]:
    print(ascii([fmt.format(x) for x in ["", "a", "héllo", "日本語テキスト", "tab\there"]]))
