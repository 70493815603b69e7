# !r, !s and !a conversions in f-strings and their interplay with format specs.
values = ["text", 'quo"te', "it's", "é", "\n", 42, 3.5, None, True, [1, "a"], (1,), {"k": "v"}, b"by", 10 ** 20, -0.0]
for v in values:
    print(f"{v}|{v!s}|{v!r}|{v!a}")
print(f"{'abc'!r:>10}|{'abc'!s:*<6}|{'é'!a:^8}|")
print(f"{'日本'!a} {chr(0x2028)!a} {chr(0x1F600)!a}")
print(f"{1.0!r} {1e100!s} {float('inf')!r} {float('nan')!a}")
print(f"{'x'!r}" == repr("x"), f"{'x'!a}" == ascii("x"), f"{5!s}" == str(5))
s = "padded"
print(f"[{s!r:20}] [{s!s:>20}]")
print(f"{ 'spaces' !r}")
print(f"{[f'{c!r}' for c in 'ab']}")
