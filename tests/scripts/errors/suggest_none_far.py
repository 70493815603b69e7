# Nothing close enough: no hint at all.
alpha = 1
print(alpha)
print(zzzzqqq)
