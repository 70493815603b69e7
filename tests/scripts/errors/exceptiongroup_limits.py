# Printing a large group: at most 15 members shown, nesting cut at depth
# 10, notes (several lines, non-str) inside the boxes.
members = [ValueError(i) for i in range(17)]
members[0].add_note("first\nsecond")
deep = ExceptionGroup("leaf", [TypeError("t")])
for i in range(11):
    deep = ExceptionGroup(f"level {i}", [deep])
members[1] = deep
eg = ExceptionGroup("many", members)
eg.add_note("group note")
eg.__notes__.append(42)
raise eg
