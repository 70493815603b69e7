# Indentation: nested blocks, dedents of several levels at once, odd widths.
def classify(n):
    if n < 0:
        return "negative"
    else:
        if n == 0:
            return "zero"
        elif n < 10:
          if n % 2:
                return "small odd"
          else:
           return "small even"
    return "large"

for n in (-3, 0, 3, 4, 12):
    print(n, classify(n))

def deep(k):
    total = 0
    for i in range(k):
        for j in range(k):
            if (i + j) % 2:
                for m in range(2):
                    if m:
                        total += i * j
    # comment at a different indentation after a deep block
            total += 1
    return total

print(deep(3), deep(4), deep(5))

if True:

    x = 1

        # an indented comment line is ignored

    y = 2
print(x + y)

while x < 5:
 x += 1
print(x)

if x: print("one-line if"); print("second statement")
for c in "ab": print(c, end=" ")
print()
while x > 3: x -= 1
print(x)
def one_liner(a): return a * 2
print(one_liner(21))
