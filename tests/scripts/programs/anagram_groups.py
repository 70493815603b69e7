# Group words into anagram classes, find palindromes and word ladders by hand.
WORDS = """listen silent enlist inlets google banana stone tones notes onset seton
cat act tac dog god evil vile live veil level radar rotor kayak noon stats refer
apple paple hello world drawer reward stressed desserts""".split()
groups = {}
for w in WORDS:
    groups.setdefault("".join(sorted(w)), []).append(w)
classes = sorted([sorted(g) for g in groups.values() if len(g) > 1], key=lambda g: (-len(g), g))
for g in classes:
    print(len(g), " ".join(g))
print("singletons:", sorted([g[0] for g in groups.values() if len(g) == 1]))
palindromes = [w for w in WORDS if w == w[::-1]]
print("palindromes:", palindromes)
reversals = sorted({tuple(sorted((w, w[::-1]))) for w in WORDS if w[::-1] in WORDS and w != w[::-1]})
print("reversal pairs:", reversals)
DICT = set("cold cord card ward warm worm word wore core care cart dart dare bold bolt boat coat cost".split())
def ladder(start, goal):
    frontier, seen, head = [[start]], {start}, 0
    while head < len(frontier):
        path = frontier[head]
        head += 1
        if path[-1] == goal:
            return path
        word = path[-1]
        for i in range(len(word)):
            for ch in "abcdefghijklmnopqrstuvwxyz":
                nxt = word[:i] + ch + word[i + 1:]
                if nxt in DICT and nxt not in seen:
                    seen.add(nxt)
                    frontier.append(path + [nxt])
    return None
for a, b in [("cold", "warm"), ("card", "word"), ("bold", "coat"), ("cold", "dart"), ("cost", "warm")]:
    print(a, "->", b, ladder(a, b))
letters = {}
for w in WORDS:
    for ch in set(w):
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
