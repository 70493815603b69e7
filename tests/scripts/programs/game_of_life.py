# Conway's Game of Life on a small torus, printing generations and population.
def parse(rows):
    return {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "#"}
def step(live, height, width):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % height, (c + dc) % width)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def render(live, height, width):
    return "\n".join(["".join(["#" if (r, c) in live else "." for c in range(width)]) for r in range(height)])
glider = parse([".#......",
                "..#.....",
                "###.....",
                "........",
                "........",
                "........"])
H, W = 6, 8
state = glider
for gen in range(5):
    print(f"generation {gen}, population {len(state)}")
    print(render(state, H, W))
    state = step(state, H, W)
blinker = parse(["...", "###", "..."])
b1 = step(blinker, 5, 5)
print(sorted(blinker), sorted(b1), step(b1, 5, 5) == blinker)
block = parse(["##", "##"])
print("block is still life:", step(block, 4, 4) == block)
state = glider
seen = {}
for gen in range(120):
    key = frozenset(state)
    if key in seen:
        print("repeats: generation", gen, "equals generation", seen[key])
        break
    seen[key] = gen
    state = step(state, H, W)
