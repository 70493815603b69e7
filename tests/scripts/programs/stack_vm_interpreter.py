# A tiny stack-machine language: parse a program text, run it with labels, jumps and calls.
PROGRAM = """
    # compute factorials and fibonacci numbers
    push 1
    store i
loop:
    load i
    call fact
    print
    load i
    push 1
    add
    store i
    load i
    push 8
    lt
    jnz loop
    push 30
    call fib
    print
    halt
fact:
    dup
    push 2
    lt
    jnz fact_done
    dup
    push 1
    sub
    call fact
    mul
fact_done:
    ret
fib:
    store n
    push 0
    store a
    push 1
    store b
fib_loop:
    load n
    jz fib_done
    load a
    load b
    dup
    store a
    add
    store b
    load n
    push 1
    sub
    store n
    jmp fib_loop
fib_done:
    load a
    ret
"""
def parse(text):
    code, labels = [], {}
    for line in text.splitlines():
        line = line.split("#")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
        else:
            op, *arg = line.split()
            code.append((op, arg[0] if arg else None))
    return code, labels
def run(code, labels, trace_limit=0):
    stack, calls, env, pc, steps, output = [], [], {}, 0, 0, []
    binops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b, "lt": lambda a, b: int(a < b)}
    while True:
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == "push": stack.append(int(arg))
        elif op == "dup": stack.append(stack[-1])
        elif op in binops:
            b, a = stack.pop(), stack.pop()
            stack.append(binops[op](a, b))
        elif op == "store": env[arg] = stack.pop()
        elif op == "load": stack.append(env[arg])
        elif op == "print": output.append(stack.pop())
        elif op == "jmp": pc = labels[arg]
        elif op == "jnz":
            if stack.pop(): pc = labels[arg]
        elif op == "jz":
            if not stack.pop(): pc = labels[arg]
        elif op == "call":
            calls.append(pc); pc = labels[arg]
        elif op == "ret": pc = calls.pop()
        elif op == "halt": return output, steps
        else: raise ValueError(f"unknown op {op!r} at {pc - 1}")
code, labels = parse(PROGRAM)
print(len(code), "instructions;", "labels:", labels)
output, steps = run(code, labels)
print(output, steps, "steps")
try:
    run([("push", "1"), ("frob", None)], {})
except ValueError as e:
    print("ValueError:", e)
try:
    run([("add", None)], {})
except IndexError as e:
    print("IndexError:", e)
