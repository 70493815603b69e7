# Matrix utilities: multiply, transpose, identity, power, determinant, pretty print.
def shape(m):
    return len(m), len(m[0]) if m else 0

def multiply(a, b):
    rows_a, cols_a = shape(a)
    rows_b, cols_b = shape(b)
    if cols_a != rows_b:
        raise ValueError(f"cannot multiply {rows_a}x{cols_a} by {rows_b}x{cols_b}")
    return [[sum([a[i][k] * b[k][j] for k in range(cols_a)]) for j in range(cols_b)] for i in range(rows_a)]

def transpose(m):
    return [list(row) for row in zip(*m)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def power(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = multiply(result, m)
        m = multiply(m, m)
        e >>= 1
    return result

def determinant(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for col in range(len(m)):
        minor = [row[:col] + row[col + 1:] for row in m[1:]]
        total += (-1) ** col * m[0][col] * determinant(minor)
    return total

def show(name, m):
    width = max([len(str(x)) for row in m for x in row])
    print(f"{name} ({shape(m)[0]}x{shape(m)[1]}):")
    for row in m:
        print("  [" + " ".join([f"{x:>{width}}" for x in row]) + "]")

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("A", a)
show("B", b)
show("A*B", multiply(a, b))
show("B*A", multiply(b, a))
show("A^T", transpose(a))
fib = [[1, 1], [1, 0]]
show("fib^10", power(fib, 10))
print("fib(90) =", power(fib, 90)[0][1])
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det =", determinant(m), "det(I4) =", determinant(identity(4)))
f = [[0.5, 1.5], [2.25, -1.0]]
show("F*F", multiply(f, f))
try:
    multiply(a, a)
except ValueError as e:
    print("ValueError:", e)
