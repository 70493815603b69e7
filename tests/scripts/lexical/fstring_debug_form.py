# The = debugging form of f-strings: text kept, repr by default, spec or conversion.
x = 10
name = "gil"
pi = 3.14159
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x= }")
print(f"{ x =}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{name=!a}")
print(f"{pi=:.2f}")
print(f"{pi = :10.3f}|")
print(f"{x + 1=}")
print(f"{x*2 = }")
print(f"{items[0]=} {len(items)=}")
print(f"{name.upper()=}")
print(f"{x=}{x=}")
print(f"{'literal'=}")
print(f"{None=} {True=}")
print(f"{x=:>6}|{x=:<4}|")
print(f"{x==10=}")
print(f"{x!=3=}")
print(f"{(lambda: 5)()=}")
print(f"{name=:*^11}")
