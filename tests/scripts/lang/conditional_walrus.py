# Conditional expressions and assignment expressions.
for n in range(-2, 3):
    kind = "negative" if n < 0 else "zero" if n == 0 else "positive"
    print(n, kind)

data = [3, 8, 1, 9, 4]
if (count := len(data)) > 3:
    print("long list of", count)
print([y for x in data if (y := x * 2) > 6])
total = 0
while (chunk := data[total:total + 2]):
    print("chunk", chunk)
    total += 2
print(count, y)
