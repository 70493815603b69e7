# Caesar and Vigenere ciphers, frequency analysis to crack a Caesar shift.
def shift_char(ch, k):
    if "a" <= ch <= "z":
        return chr((ord(ch) - 97 + k) % 26 + 97)
    if "A" <= ch <= "Z":
        return chr((ord(ch) - 65 + k) % 26 + 65)
    return ch
def caesar(text, k):
    return "".join([shift_char(c, k) for c in text])
def vigenere(text, key, decrypt=False):
    out, i = [], 0
    for c in text:
        if c.isalpha():
            k = ord(key[i % len(key)].lower()) - 97
            out.append(shift_char(c, -k if decrypt else k))
            i += 1
        else:
            out.append(c)
    return "".join(out)
ENGLISH = "etaoinshrdlcumwfgypbvkjxqz"
def crack(cipher):
    best = None
    for k in range(26):
        candidate = caesar(cipher, -k)
        score = 0
        for c in candidate.lower():
            if c in ENGLISH:
                score += 26 - ENGLISH.index(c)
        if best is None or score > best[0]:
            best = (score, k, candidate)
    return best[1], best[2]
plain = "The Quick Brown Fox Jumps Over The Lazy Dog, then rests in the shade near the river!"
for k in (1, 3, 13, 25, 26, -1, 100):
    enc = caesar(plain, k)
    print(f"{k:>4}: {enc[:40]}")
    assert caesar(enc, -k) == plain
print(caesar(caesar("Hello", 13), 13))
secret = caesar(plain, 17)
print("cracked:", crack(secret))
v = vigenere(plain, "Lemon")
print(v)
print(vigenere(v, "Lemon", decrypt=True) == plain)
counts = {}
for c in plain.lower():
    if c.isalpha():
        counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
print([ord(c) for c in "Az!"], [chr(x) for x in range(97, 103)], ord("é"), chr(955))
