# Assignment to subscripts, slices (growing, shrinking, extended) and attributes.
lst = list(range(10))
lst[0] = "zero"
lst[-1] = "last"
print(lst)
lst[1:4] = ["a"]
print(lst)
lst[1:1] = [100, 200, 300]
print(lst)
lst[:] = "xyz"
print(lst)
lst[len(lst):] = [1, 2]
print(lst)
nums = list(range(10))
nums[::2] = [0] * 5
print(nums)
nums[::-3] = "abcd"
print(nums)
try:
    nums[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
nums[2:8] = []
print(nums)
del nums[::2]
print(nums)
d = {}
d[1, 2] = "tuple key"
d[(3,)] = "one tuple"
print(d)
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    grid[i][i] = i + 1
    grid[i][-1 - i] += 10
print(grid)
def f():
    pass
f.attr = "function attribute"
f.count = 0
f.count += 1
print(f.attr, f.count)
b = bytearray(b"hello")
b[0] = ord("J")
b[1:3] = b"EE"
print(b)
try:
    "abc"[0] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2)[0] = 3
except TypeError as e:
    print("TypeError:", e)
