# Tokenising numbers next to attributes, operators and keywords.
print(1 .real, 1.0.real, 1.0.is_integer(), 0x10.bit_length(), 0o7.numerator, 0b11.denominator)
print((5).bit_length(), 5 .bit_length(), 5.5.as_integer_ratio(), 1e3.hex(), 10 .__add__(5))
print(1 if True else 2, [0 for _ in range(2)], 0x1f, 0x1F + 0b1, 0o17 - 0O17)
print(1_0 + 0_0, 00_0, 0_0_0 == 0)
print(1.e1, 1.E-1, 1_000.000_1, .1_1, 1e1_0 == 1e10)
print(-1, - 1, --1, -+-1, 2-1, 2 - -1, 2--1, 3**-1, -3**2)
print(1<2, 1<-2, 1>>1, 1<<1, 1<=1, 1==1, 1!=1, 2*-1, 2/-1, 2//-1, 2%-1)
print(1 in[1], 1 if[1]else 0, "in" in"in", [1]*2, (1)if(1)else(2), not(0))
x = 5
print(x.real, x.__class__.__name__, (x).bit_length(), x .real)
