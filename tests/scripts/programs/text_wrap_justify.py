# Greedy word wrapping, full justification, centering and a boxed paragraph.
TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! How vexingly quick daft zebras jump; the five boxing wizards jump quickly.")
def wrap(text, width):
    lines, current = [], []
    for word in text.split():
        if current and len(" ".join(current + [word])) > width:
            lines.append(current)
            current = []
        current.append(word)
    if current:
        lines.append(current)
    return lines
def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum([len(w) for w in words])
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]
for width in (20, 32):
    lines = wrap(TEXT, width)
    print(f"--- width {width}: {len(lines)} lines")
    for words in lines[:-1]:
        print("|" + justify(words, width) + "|")
    print("|" + " ".join(lines[-1]).ljust(width) + "|")
print()
for words in wrap(TEXT, 28):
    print("[" + " ".join(words).center(30, ".") + "]")
lines = [" ".join(w) for w in wrap(TEXT, 36)]
inner = max(map(len, lines))
print("+" + "-" * (inner + 2) + "+")
for line in lines:
    print(f"| {line:<{inner}} |")
print("+" + "-" * (inner + 2) + "+")
print([len(" ".join(w)) for w in wrap(TEXT, 15)])
print(wrap("supercalifragilisticexpialidocious is long", 10))
