# Non-ASCII identifiers (NFKC-normalised).
café = "coffee"
π = 3.14159
résumé_count = 2
日本 = "Japan"
print(café, π, résumé_count, 日本)
def größe(länge, breite):
    return länge * breite
print(größe(3, 4))
Ω = {"ohm": 1}
print(Ω["ohm"])
ﬁle = "ligature normalised to file"
print(file)
ℌ = 5
print(H)
print("café" in globals(), "file" in globals())
