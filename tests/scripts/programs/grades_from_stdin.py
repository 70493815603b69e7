# Reads student records from stdin with input() until EOF, then prints statistics.
import sys
header = input()
print("header:", header.split(","))
students = []
while True:
    try:
        line = input()
    except EOFError:
        break
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    name, *marks = line.split(",")
    try:
        scores = [int(m) for m in marks]
    except ValueError as e:
        print(f"skipping {name}: {e}", file=sys.stderr)
        continue
    students.append((name, scores))
def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"
print(f"{'name':<10}{'avg':>7}{'best':>6} grade")
averages = {}
for name, scores in students:
    avg = sum(scores) / len(scores)
    averages[name] = avg
    print(f"{name:<10}{avg:>7.2f}{max(scores):>6} {letter(avg)}")
best = max(averages, key=averages.get)
print("class average:", round(sum(averages.values()) / len(averages), 3))
print("top student:", best)
dist = {}
for avg in averages.values():
    dist[letter(avg)] = dist.get(letter(avg), 0) + 1
print("distribution:", dict(sorted(dist.items())))
