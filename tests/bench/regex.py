# regex.py: typical uses of re over a few MB of text: patterns compiled once,
# then findall, finditer, sub (template and function), split, match per line.
import re

words = ["alpha", "beta", "gamma", "delta", "error", "warning", "user42", "naïve", "café"]
lines = []
for i in range(60000):
    w = words[i % len(words)]
    lines.append(f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d} 12:{i % 60:02d}:07 [{w}] "
                 f"id={i} mail=u{i % 97}@example.org took {i % 1000}ms, ok")
text = "\n".join(lines)

word_re = re.compile(r"\w+")
date_re = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
mail_re = re.compile(r"[\w.]+@[\w.]+\.\w+")
line_re = re.compile(r"^(\S+) (\S+) \[(\w+)\] id=(\d+)")
num_re = re.compile(r"\d+")
sep_re = re.compile(r"[,\s]+")

print(len(text))
print(len(word_re.findall(text)))
print(len(date_re.findall(text)), date_re.findall(text)[-1])
print(len(mail_re.findall(text)))
print(len(date_re.sub(r"\3/\2/\1", text)))
print(len(num_re.sub(lambda m: str(len(m.group())), text[:300000])))
print(len(sep_re.split(text)))
total = 0
for m in num_re.finditer(text[:500000]):
    total += m.end() - m.start()
print(total)
levels = {}
for line in lines:
    m = line_re.match(line)
    if m:
        levels[m.group(3)] = levels.get(m.group(3), 0) + 1
print(sorted(levels.items()))
print(len(re.findall(r"(?i)ERROR|warning", text)))
print(re.subn(r"took (\d+)ms", r"\1", text)[1])
