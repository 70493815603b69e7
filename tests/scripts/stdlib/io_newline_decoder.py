# io.IncrementalNewlineDecoder over str input: translation, a "\r" held
# back until the next piece, the newlines seen, state and reset.
import io

for translate in (True, False):
    d = io.IncrementalNewlineDecoder(None, translate)
    out = []
    for piece in ["a\r", "\nb\r", "c\n", "d\r", ""]:
        out.append(d.decode(piece))
        out.append(d.getstate())
    out.append(d.decode("", final=True))
    print(translate, out, d.newlines)
    print(repr(d.decode("x\r", final=True)), d.getstate())
    d.decode("y\r")
    print(d.getstate())
    d.setstate((b"", 0))
    print(repr(d.decode("z")), d.newlines)
    d.reset()
    print(d.newlines, d.getstate())
for text in ["a\nb", "a\rb", "a\r\nb", "a\n\rb", "a\n\r\nb", "\r\r\n", "\n\r\n\r"]:
    d = io.IncrementalNewlineDecoder(None, False)
    d.decode(text, final=True)
    print(repr(text), d.newlines)
