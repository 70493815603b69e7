# An RPN calculator driven by lines read from stdin via sys.stdin.
import sys
OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "**": lambda a, b: a ** b,
}
def evaluate(line):
    stack = []
    for token in line.split():
        if token in OPS:
            if len(stack) < 2:
                raise ValueError(f"not enough operands for {token}")
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[token](a, b))
        elif token == "dup":
            stack.append(stack[-1])
        elif token == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            stack.append(float(token) if "." in token else int(token))
    if len(stack) != 1:
        raise ValueError(f"stack has {len(stack)} items at the end")
    return stack[0]
for lineno, line in enumerate(sys.stdin, 1):
    line = line.rstrip("\n")
    if not line:
        continue
    try:
        print(f"{lineno}: {line} => {evaluate(line)!r}")
    except (ValueError, ZeroDivisionError, IndexError) as e:
        print(f"{lineno}: {line} => {type(e).__name__}: {e}")
print("done")
