# A bank-queue simulation driven by a deterministic linear congruential generator.
seed = 12345
def rand():
    global seed
    seed = (1103515245 * seed + 12345) % 2 ** 31
    return seed / 2 ** 31
def randint(lo, hi):
    return lo + int(rand() * (hi - lo + 1))
def simulate(tellers, minutes, arrival_chance):
    queue, busy, served, waits, max_len = [], [0] * tellers, 0, [], 0
    log = []
    for t in range(minutes):
        if rand() < arrival_chance:
            queue.append((t, randint(2, 7)))
        for i in range(tellers):
            if busy[i] > 0:
                busy[i] -= 1
            if busy[i] == 0 and queue:
                arrived, service = queue.pop(0)
                waits.append(t - arrived)
                busy[i] = service
                served += 1
        max_len = max(max_len, len(queue))
        if t % 60 == 59:
            log.append(f"t={t + 1:3d} queue={len(queue):2d} served={served:3d}")
    return served, waits, max_len, len(queue), log
for tellers in (1, 2, 3):
    seed = 12345
    served, waits, max_len, left, log = simulate(tellers, 240, 0.35)
    avg = sum(waits) / len(waits) if waits else 0
    print(f"tellers={tellers} served={served} avg_wait={avg:.2f} max_wait={max(waits)} max_queue={max_len} left={left}")
    for line in log:
        print("   ", line)
seed = 1
sample = [randint(1, 6) for _ in range(600)]
counts = {face: sample.count(face) for face in range(1, 7)}
print(counts, sum(counts.values()))
for face, n in counts.items():
    print(face, "#" * (n // 5))
