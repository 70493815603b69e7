# Writes to sys.stderr and print(file=sys.stderr) interleaved with stdout; exit status 0.
import sys
print("to stdout 1")
print("to stderr 1", file=sys.stderr)
sys.stderr.write("raw stderr write\n")
sys.stdout.write("raw stdout write\n")
print("a", "b", sep="|", end="!\n", file=sys.stderr)
n = sys.stderr.write("counted\n")
print("write returned", n)
print("to stdout 2", flush=True)
