# Tokenizer errors reported by compile(): message, line and offset.
sources = [
    "x = 'abc",
    'x = "abc',
    "x = '''abc\n\n",
    'x = """abc',
    "x = 1 $ 2",
    "x = 0777",
    "x = 1__0",
    "x = 1_",
    "x = 0x",
    "x = 0b2",
    "x = 0o8",
    "x = 1e",
    "x = 12abc",
    "x = 0xfg",
    "x = (1, 2",
    "x = [1, 2)",
    "x = 1)",
    "x = {1: 2]",
    "x = b'\xe9'",
    "x = '\\x4'",
    "x = '\\u12'",
    "x = '\\N{NO SUCH CHARACTER NAME}'",
    "x = 1 +\\",
    "if x:\n\ty = 1\n        z = 2\n",
    "x = ?",
    "print 'hello'",
]
for src in sources:
    try:
        compile(src, "<src>", "exec")
        print("compiled", repr(src))
    except SyntaxError as err:
        print(type(err).__name__, "|", err.msg, "|", err.lineno, err.offset, "|", repr(err.text))
