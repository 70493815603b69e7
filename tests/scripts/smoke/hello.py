# The smallest end-to-end check: print, arithmetic, a loop, a function.
def square(n):
    return n * n

total = 0
for i in range(10):
    total += square(i)
print("hello, gilpy", total, 7 // 2, -7 // 2, 2 ** 100)
