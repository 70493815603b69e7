# dict_str.py: word counting with dicts, string splitting, joining, formatting.
WORDS = "the quick brown fox jumps over the lazy dog while the cat sleeps".split()

def make_text(n):
    parts = []
    for i in range(n):
        parts.append(WORDS[i % len(WORDS)] + str(i % 97))
    return " ".join(parts)

def count_words(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts

text = make_text(200_000)
total = 0
for _ in range(6):
    counts = count_words(text)
    total += len(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(total, top)
print(len(text.upper().replace("THE", "a")), "|".join([f"{k}={v}" for k, v in top]))
