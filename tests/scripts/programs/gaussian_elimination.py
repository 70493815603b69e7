# Solve linear systems with Gaussian elimination (partial pivoting) and check residuals.
def solve(a, b):
    n = len(a)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        if abs(m[pivot][col]) < 1e-12:
            raise ValueError("matrix is singular")
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            factor = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= factor * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum([m[r][c] * x[c] for c in range(r + 1, n)])) / m[r][r]
    return x
def residual(a, x, b):
    return max([abs(sum([a[i][j] * x[j] for j in range(len(x))]) - b[i]) for i in range(len(b))])
systems = [
    ([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]),
    ([[1, 1], [1, -1]], [10, 2]),
    ([[4, -2, 1], [-2, 4, -2], [1, -2, 4]], [11, -16, 17]),
    ([[1e-10, 1], [1, 1]], [1, 2]),
    ([[1, 2], [2, 4]], [3, 6]),
]
for a, b in systems:
    try:
        x = solve(a, b)
        print("x =", [round(v, 10) for v in x], "residual < 1e-9:", residual(a, x, b) < 1e-9)
    except ValueError as e:
        print("ValueError:", e)
n = 6
hilbert = [[1 / (i + j + 1) for j in range(n)] for i in range(n)]
ones = [sum(row) for row in hilbert]
x = solve(hilbert, ones)
print("hilbert solution close to ones:", all([abs(v - 1) < 1e-6 for v in x]))
for row in hilbert[:3]:
    print("  " + " ".join([f"{v:8.5f}" for v in row]))
print([f"{v:.3f}" for v in solve([[3, 2, -4], [2, 3, 3], [5, -3, 1]], [3, 15, 14])])
