# str_build.py: building strings the way students do: += in a loop (local
# and module-level), f-strings, join, and character tests.
def caesar(text, shift):
    out = ""
    for ch in text:
        if ch.isalpha():
            out += chr((ord(ch) - 97 + shift) % 26 + 97)
        else:
            out += ch
    return out

def report(n):
    lines = []
    for i in range(n):
        lines.append(f"{i:6d} | {i * i:10d} | {i / 7:8.3f}")
    return "\n".join(lines)

text = "the quick brown fox jumps over the lazy dog " * 20000
total = 0
for shift in range(3):
    total += len(caesar(text, shift))
log = ""
for i in range(200000):
    log += str(i % 10)
print(total, len(log), len(report(100000)))
