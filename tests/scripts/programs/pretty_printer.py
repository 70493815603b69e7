# A hand-written JSON-like pretty printer and a matching parser for nested data.
def dump(value, indent=0, step=2):
    pad = " " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f'{" " * (indent + step)}{dump(str(k))}: {dump(v, indent + step, step)}' for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [" " * (indent + step) + dump(v, indent + step, step) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{escaped}"'
    return repr(value)

def parse(text):
    pos = 0
    def skip():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        skip()
        ch = text[pos]
        if ch == "{":
            pos += 1
            result = {}
            skip()
            if text[pos] == "}":
                pos += 1
                return result
            while True:
                key = value()
                skip()
                pos += 1
                result[key] = value()
                skip()
                ch = text[pos]
                pos += 1
                if ch == "}":
                    return result
        if ch == "[":
            pos += 1
            result = []
            skip()
            if text[pos] == "]":
                pos += 1
                return result
            while True:
                result.append(value())
                skip()
                ch = text[pos]
                pos += 1
                if ch == "]":
                    return result
        if ch == '"':
            end = pos + 1
            out = ""
            while text[end] != '"':
                if text[end] == "\\":
                    end += 1
                    out += {"n": "\n"}.get(text[end], text[end])
                else:
                    out += text[end]
                end += 1
            pos = end + 1
            return out
        for word, val in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        end = pos
        while end < len(text) and text[end] in "-+.0123456789e":
            end += 1
        token, pos = text[pos:end], end
        return float(token) if any([c in token for c in ".e"]) else int(token)
    return value()

data = {"name": "gilpy", "version": [3, 11], "fast": True, "bugs": None,
        "nested": {"empty": {}, "list": [], "quote": 'say "hi"\n', "pi": 3.14159, "neg": -42},
        "matrix": [[1, 2], [3, 4]]}
text = dump(data)
print(text)
back = parse(text)
print(back == {**data, "version": [3, 11]}, back["nested"]["quote"] == data["nested"]["quote"])
print(dump([1, [2, [3, []]], {"k": (4, 5)}], step=4))
