# A menu loop reading commands with input() until "quit" or EOF.
items = []
while True:
    try:
        line = input("> ")
    except EOFError:
        print("\n[eof]")
        break
    print()
    cmd, _, arg = line.strip().partition(" ")
    if cmd == "add":
        items.append(arg)
        print(f"added {arg!r} ({len(items)} items)")
    elif cmd == "del":
        try:
            removed = items.pop(int(arg) - 1)
            print(f"removed {removed!r}")
        except (ValueError, IndexError) as e:
            print(f"cannot delete {arg!r}: {type(e).__name__}: {e}")
    elif cmd == "list":
        for i, item in enumerate(items, 1):
            print(f"{i:>3}. {item}")
    elif cmd == "quit":
        print("bye")
        break
    elif not cmd:
        continue
    else:
        print(f"unknown command {cmd!r}")
print("final:", items)
