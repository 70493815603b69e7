# Reads a text from sys.stdin.read() and prints line, word and character statistics.
import sys
text = sys.stdin.read()
lines = text.splitlines()
words = text.split()
print("characters:", len(text), "lines:", len(lines), "words:", len(words))
print("blank lines:", len([l for l in lines if not l.strip()]))
print("longest line:", max(range(len(lines)), key=lambda i: len(lines[i])) + 1, repr(max(lines, key=len)))
clean = ["".join([c for c in w.lower() if c.isalnum() or c == "'"]) for w in words]
clean = [w for w in clean if w]
freq = {}
for w in clean:
    freq[w] = freq.get(w, 0) + 1
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:7]:
    print(f"{w:>8} {n:2d} {'*' * n}")
vowels = sum([text.lower().count(v) for v in "aeiou"])
letters = sum([c.isalpha() for c in text])
print(f"vowel ratio: {vowels / letters:.3f}", "digits:", sum([c.isdigit() for c in text]), "uppercase:", sum([c.isupper() for c in text]))
sentences = [s.strip() for s in text.replace("!", ".").replace("?", ".").split(".") if s.strip()]
print("sentences:", len(sentences), "avg words/sentence:", round(len(words) / len(sentences), 2))
for i, line in enumerate(lines, 1):
    if line.strip():
        print(f"{i:3}: {line[:30]:<30} | {len(line.split()):2} words")
print(repr(sys.stdin.read()), "(stdin exhausted)")
