# Word counter: frequencies, longest words, letter histogram, report table.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

def normalise(word):
    return "".join([ch for ch in word.lower() if ch.isalpha()])

def count_words(text):
    counts = {}
    for raw in text.split():
        word = normalise(raw)
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts

def top(counts, n):
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

def letter_histogram(text):
    hist = {}
    for ch in text.lower():
        if "a" <= ch <= "z":
            hist[ch] = hist.get(ch, 0) + 1
    return hist

counts = count_words(TEXT)
print("total words:", sum(counts.values()))
print("distinct words:", len(counts))
print(f"{'word':<12}{'count':>6}{'share':>8}")
total = sum(counts.values())
for word, n in top(counts, 8):
    print(f"{word:<12}{n:>6}{n / total:>8.1%}")
longest = max(counts, key=lambda w: (len(w), w))
print("longest word:", longest, len(longest))
by_length = {}
for word in counts:
    by_length.setdefault(len(word), []).append(word)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
hist = letter_histogram(TEXT)
peak = max(hist.values())
for letter in sorted(hist, key=lambda c: (-hist[c], c))[:6]:
    bar = "#" * round(hist[letter] * 30 / peak)
    print(f"{letter} {hist[letter]:3d} {bar}")
lines = TEXT.splitlines()
print("lines:", len(lines), "chars:", len(TEXT), "avg line:", round(sum(map(len, lines)) / len(lines), 2))
