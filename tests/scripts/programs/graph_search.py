# BFS shortest path in a grid maze, DFS reachability, Dijkstra without heapq, topological sort.
MAZE = ["S.#.......",
        ".##.####.#",
        "....#....#",
        "#.#.#.##.#",
        "..#...#..E"]
def adjacent(r, c):
    found = []
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(MAZE) and 0 <= nc < len(MAZE[0]) and MAZE[nr][nc] != "#":
            found.append((nr, nc))
    return found
def bfs(start, goal):
    queue, head = [start], 0
    parent = {start: None}
    while head < len(queue):
        cell = queue[head]; head += 1
        if cell == goal:
            break
        for nxt in adjacent(*cell):
            if nxt not in parent:
                parent[nxt] = cell
                queue.append(nxt)
    path, cell = [], goal
    while cell is not None:
        path.append(cell); cell = parent.get(cell)
    return path[::-1], len(parent)
find = lambda ch: [(r, row.index(ch)) for r, row in enumerate(MAZE) if ch in row][0]
path, explored = bfs(find("S"), find("E"))
print("steps:", len(path) - 1, "explored:", explored)
grid = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join(["".join(row) for row in grid]))
GRAPH = {"A": {"B": 7, "C": 9, "F": 14}, "B": {"A": 7, "C": 10, "D": 15}, "C": {"A": 9, "B": 10, "D": 11, "F": 2},
         "D": {"B": 15, "C": 11, "E": 6}, "E": {"D": 6, "F": 9}, "F": {"A": 14, "C": 2, "E": 9}, "G": {}}
def dijkstra(src):
    dist, prev, todo = {src: 0}, {}, set(GRAPH)
    while todo:
        reachable = [n for n in todo if n in dist]
        if not reachable:
            break
        u = min(reachable, key=lambda n: (dist[n], n))
        todo.remove(u)
        for v, w in GRAPH[u].items():
            if v not in dist or dist[u] + w < dist[v]:
                dist[v], prev[v] = dist[u] + w, u
    return dist, prev
dist, prev = dijkstra("A")
for node in sorted(GRAPH):
    if node not in dist:
        print(node, "unreachable")
        continue
    route, n = [node], node
    while n in prev:
        n = prev[n]; route.append(n)
    print(node, dist[node], "->".join(reversed(route)))
DEPS = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "fmt"], "core": [], "fmt": [], "tests": ["app"]}
order, state = [], {}
def visit(n):
    if state.get(n) == "done":
        return
    if state.get(n) == "active":
        raise ValueError("cycle at " + n)
    state[n] = "active"
    for d in sorted(DEPS[n]):
        visit(d)
    state[n] = "done"
    order.append(n)
for n in sorted(DEPS):
    visit(n)
print(order)
