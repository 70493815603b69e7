# The prompt on a terminal (driven through a pty): echo of expressions and _,
# blocks ended by an empty line, tracebacks, Ctrl-C at the prompt, during
# time.sleep and during a busy loop, Ctrl-D to leave.
printf '%s\n' '1+1' '_ * 10' 'x = 3' 'x * 2' '<C-c>' 'for i in range(2):' '  i' '<empty>' \
    '1/0' 'import time' '<bg>time.sleep(5)' '<wait>' '<C-c>' '<bg>while True: pass' '<empty>' \
    '<wait>' '<C-c>' 'x' 'if x:' '<C-c>' 'print("after")' '<C-d>' |
    python3 "$(dirname "$0")/pty_drive.py" "$PY" -q
printf '%s\n' 'import sys' 'sys.exit(5)' | python3 "$(dirname "$0")/pty_drive.py" "$PY" -q
printf '%s\n' 'x = 7' '<C-d>' | python3 "$(dirname "$0")/pty_drive.py" "$PY" -i -c 'print("before")'
printf '%s\n' '<bg>x = input("name? ")' '<wait>' '<C-c>' 'x = input("again? ")' 'bob' 'x' '<C-d>' |
    python3 "$(dirname "$0")/pty_drive.py" "$PY" -q
printf '%s\n' 'typed' | python3 "$(dirname "$0")/pty_drive.py" "$PY" -c 'print(repr(input("> ")))'
# Tab: completion of keywords, names and attributes, and a tab to indent
# (only the results are compared: terminals redraw edited lines differently)
printf 'impo\t sys\nlen(sys.ar\t)\nxyz_value = 3\nxyz_v\t\nprin\t"ok")\nif 1:\n\tprint(5)\n<empty>\n<C-d>\n' |
    python3 "$(dirname "$0")/pty_drive.py" "$PY" -q | grep -v '^\(>>>\|\.\.\.\)'
# non-ASCII input is edited as characters
printf '"h\303\251llo \342\202\254"\nlen(_)\n<C-d>\n' | python3 "$(dirname "$0")/pty_drive.py" "$PY" -q
