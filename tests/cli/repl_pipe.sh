# The prompt reading a pipe (-i): prompts on stderr, echo through
# sys.displayhook and _, when a statement is complete (blocks end at an empty
# line, brackets and triple quotes go on), syntax errors, tracebacks,
# end of input inside a block, exit()/quit()/sys.exit, -i after -c.
printf '1+1\nx = 5\nx\nx * 2\n_\nNone\nprint("hi")\ndef f(n):\n    return n * 2\n\nf(21)\n' | $PY -qi 2>&1; echo "status $?"
printf 'if 1: print(1)\nxyz=5\n1/0\n1 +\n(1,\n\n2)\n"""ab\ncd"""\n# c\n\n  \n1\n  1\nexit\n' | $PY -qi 2>&1; echo "status $?"
printf 'x = (\n1,\n2)\nx\ny = 1 + \\\n2\ny\n"h\303\251llo"\ntry:\n  1/0\nexcept ZeroDivisionError:\n  print("z")\n\n' | $PY -qi 2>&1; echo "status $?"
printf 'if 0:\n  pass\nelse:\n  print("e")\n\ndef g():\n    a = 1\n\n    return a\nfor i in range(3):\n    i * 10\n\n' | $PY -qi 2>&1; echo "status $?"
printf 'import sys\nsys.ps1 = "py> "\nsys.ps2 = "  | "\nif 1:\n  3\n\n' | $PY -qi 2>&1; echo "status $?"
printf 'if 1:\n  print(2)' | $PY -qi 2>&1; echo "status $?"
printf 'x = 1\n' | $PY -qi 2>&1; echo "status $?"
printf 'import sys; sys.exit(3)\nprint("not reached")\n' | $PY -qi 2>&1; echo "status $?"
printf 'raise SystemExit("bye")\n' | $PY -qi 2>&1; echo "status $?"
printf 'quit(4)\n' | $PY -qi 2>&1; echo "status $?"
printf 'exit()\n1\n' | $PY -qi 2>&1; echo "status $?"
printf 'print(__name__)\nimport sys; sys.argv\n' | $PY -qi - a b 2>&1; echo "status $?"
printf 'x\n' | $PY -i -c 'x = 42' 2>&1; echo "status $?"
printf 'x\n' | $PY -i -c 'x = 1; 1/0' 2>&1; echo "status $?"
printf 'x\n' | $PY -i -c 'import sys; x = 2; sys.exit(3)' 2>&1; echo "status $?"
