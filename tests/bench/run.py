"""run.py: times tests/bench/*.py under gilpy and CPython, interleaved.

usage: python3 tests/bench/run.py ./gilpy [-n RUNS] [BENCH.py ...]

For each benchmark: RUNS alternating runs of both interpreters, the median wall
time and the peak resident memory of each, the time ratio gilpy/python3, and a
check that both printed the same output.  Then the geometric mean of the ratios
and the start-up ratio (`gilpy -c pass` against `python3 -S -c pass`).
Ratios, not absolute times, are the result: machines are noisy.

A benchmark may also print lines `metric NAME VALUE` (a ratio or a latency it
measured inside the run, e.g. 2 threads against 1): they are left out of the
output comparison and shown per interpreter (medians) in a second table.
Last, the cost of recording a GIL timeline: loop.py with and without
`-X giltrace`.
"""
import math
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run_once(argv):
    """Runs argv; returns (seconds, stdout, status)."""
    start = time.perf_counter()
    proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return time.perf_counter() - start, proc.stdout, proc.returncode


def peak_memory(argv):
    """Peak RSS (KiB) of one run, measured with os.wait4."""
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        try:
            os.execv(argv[0], argv)
        finally:
            os._exit(127)
    _, _, usage = os.wait4(pid, 0)
    return usage.ru_maxrss


def split_metrics(out):
    """(output without metric lines, {name: value})"""
    kept, metrics = [], {}
    for line in out.splitlines(keepends=True):
        parts = line.split()
        if len(parts) == 3 and parts[0] == b"metric":
            metrics[parts[1].decode()] = float(parts[2])
        else:
            kept.append(line)
    return b"".join(kept), metrics


def measure(gilpy, python, argv_tail, runs, metrics=None):
    times = {"gilpy": [], "python3": []}
    outputs = {}
    for _ in range(runs):
        for name, exe in (("python3", python), ("gilpy", gilpy)):
            elapsed, out, status = run_once([exe] + argv_tail)
            out, found = split_metrics(out)
            if metrics is not None:
                for key, value in found.items():
                    metrics.setdefault(key, {}).setdefault(name, []).append(value)
            times[name].append(elapsed)
            outputs[name] = (out, status)
    return times, outputs


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    gilpy = os.path.abspath(args.pop(0))
    runs = 5
    if args[:1] == ["-n"]:
        runs = int(args[1])
        args = args[2:]
    python = sys.executable
    benches = args or sorted(
        os.path.join(HERE, f) for f in os.listdir(HERE)
        if f.endswith(".py") and f != "run.py")
    print(f"{'benchmark':<18}{'python3 s':>10}{'gilpy s':>10}{'ratio':>8}"
          f"{'py MiB':>8}{'gil MiB':>8}  output")
    ratios = []
    worst = 0.0
    metrics = {}
    for bench in benches:
        times, outputs = measure(gilpy, python, [bench], runs, metrics)
        py_t = statistics.median(times["python3"])
        gil_t = statistics.median(times["gilpy"])
        same = outputs["gilpy"] == outputs["python3"]
        ratio = gil_t / py_t
        ratios.append(ratio)
        worst = max(worst, ratio)
        py_m = peak_memory([python, bench]) / 1024
        gil_m = peak_memory([gilpy, bench]) / 1024
        name = os.path.basename(bench)[:-3]
        print(f"{name:<18}{py_t:>10.3f}{gil_t:>10.3f}{ratio:>8.2f}"
              f"{py_m:>8.1f}{gil_m:>8.1f}  {'same' if same else 'DIFFERENT'}")
    geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    startup, _ = measure(gilpy, python, ["-c", "pass"], runs * 4)
    # CPython's start-up is measured with -S (no site), as the issue asks.
    py_start = statistics.median(
        [run_once([python, "-S", "-c", "pass"])[0] for _ in range(runs * 4)])
    gil_start = statistics.median(startup["gilpy"])
    print(f"geometric mean ratio: {geo:.2f}   worst: {worst:.2f}")
    print(f"start-up: python3 -S {py_start * 1000:.1f} ms, gilpy {gil_start * 1000:.1f} ms,"
          f" ratio {gil_start / py_start:.2f}")
    if metrics:
        print(f"\n{'metric (median)':<28}{'python3':>10}{'gilpy':>10}")
        for key in sorted(metrics):
            row = metrics[key]
            cells = [f"{statistics.median(row[n]):>10.3f}" if n in row else f"{'-':>10}"
                     for n in ("python3", "gilpy")]
            print(f"{key:<28}{''.join(cells)}")
    loop = os.path.join(HERE, "loop.py")
    if os.path.exists(loop) and loop in [os.path.abspath(b) for b in benches]:
        plain = [run_once([gilpy, loop])[0] for _ in range(runs)]
        traced = [run_once([gilpy, "-X", "giltrace=/dev/null", loop])[0] for _ in range(runs)]
        print(f"\n-X giltrace cost on loop.py: {statistics.median(traced) / statistics.median(plain):.3f}"
              f" x the untraced time (off, the recorder is one untaken branch per GIL hand-over)")


if __name__ == "__main__":
    main()
