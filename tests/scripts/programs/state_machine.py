# A table-driven state machine: a turnstile, then a tokenizer for simple arithmetic.
TRANSITIONS = {
    ("locked", "coin"): ("unlocked", "unlock"),
    ("locked", "push"): ("locked", "alarm"),
    ("unlocked", "coin"): ("unlocked", "refund"),
    ("unlocked", "push"): ("locked", "lock"),
}

def run_turnstile(events):
    state = "locked"
    actions = []
    for event in events:
        state, action = TRANSITIONS[(state, event)]
        actions.append(action)
    return state, actions

print(run_turnstile(["coin", "push", "push", "coin", "coin", "push"]))

def char_class(ch):
    if ch.isdigit():
        return "digit"
    if ch in "+-*/()":
        return "op"
    if ch == ".":
        return "dot"
    if ch.isspace():
        return "space"
    return "other"

def tokenize(text):
    tokens, state, current = [], "start", ""
    for pos, ch in enumerate(text + " "):
        kind = char_class(ch)
        if state == "number":
            if kind == "digit" or (kind == "dot" and "." not in current):
                current += ch
                continue
            tokens.append(("NUM", float(current) if "." in current else int(current)))
            current, state = "", "start"
        if kind == "digit":
            current, state = ch, "number"
        elif kind == "op":
            tokens.append(("OP", ch))
        elif kind == "other" or kind == "dot":
            raise ValueError(f"unexpected {ch!r} at position {pos}")
    return tokens

for text in ["1 + 22 * (3 - 4)", "3.25/0.5", "7", "12..5", "4 $ 4", "((10))"]:
    try:
        print(f"{text!r:22} -> {tokenize(text)}")
    except ValueError as e:
        print(f"{text!r:22} -> error: {e}")

LIGHT = {"green": ("yellow", 3), "yellow": ("red", 1), "red": ("green", 4)}
state, clock, timeline = "red", 0, []
while clock < 20:
    nxt, duration = LIGHT[state]
    timeline.append(f"{clock:2d}:{state}")
    clock += duration
    state = nxt
print(" ".join(timeline))
