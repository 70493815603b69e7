# pty_drive.py: runs an interpreter on a pseudo-terminal, types the lines of
# standard input into it one at a time (each after the prompt has appeared)
# and prints what the terminal showed, without control sequences and \r.
# Special lines: <C-c> (Ctrl-C), <C-d> (Ctrl-D), <empty> (an empty line),
# <wait> (half a second), and a line starting with <bg> is typed without
# waiting for the next prompt (a statement that runs until Ctrl-C).
#
#   python3 pty_drive.py INTERPRETER [ARG...] < keys
import os
import pty
import re
import select
import sys
import time


def main():
    argv = sys.argv[1:]
    keys = [k for k in sys.stdin.read().split("\n") if k]
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "dumb"
        os.environ["HOME"] = os.getcwd()     # history files land in the scratch folder
        os.execv(argv[0], argv)
    out = bytearray()

    def read(until_prompt, limit=10.0):
        end = time.time() + limit
        while time.time() < end:
            r, _, _ = select.select([fd], [], [], 0.2 if not until_prompt else 0.5)
            if not r:
                if not until_prompt or out.endswith(b">>> ") or out.endswith(b"... "):
                    return
                continue
            try:
                data = os.read(fd, 4096)
            except OSError:
                return
            if not data:
                return
            out.extend(data)

    read(True)
    for k in keys:
        if k == "<wait>":
            time.sleep(0.5)
            continue
        background = k.startswith("<bg>")
        if background:
            k = k[4:]
        keys_bytes = {"<C-c>": b"\x03", "<C-d>": b"\x04", "<empty>": b"\r"}.get(k)
        os.write(fd, keys_bytes if keys_bytes is not None else k.encode() + b"\r")
        read(k != "<C-d>" and not background)
    read(False)
    _, status = os.waitpid(pid, 0)
    text = out.decode("utf-8", "replace")
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text).replace("\r", "").replace("^D", "")
    sys.stdout.write(text)
    print("[exit %d]" % os.waitstatus_to_exitcode(status))


main()
