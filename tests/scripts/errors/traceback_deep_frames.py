# A traceback through many different functions, each frame listed in call order.
def parse_config(text):
    return [parse_line(line) for line in text.splitlines()]
def parse_line(line):
    key, value = split_pair(line)
    return key, convert(value)
def split_pair(line):
    key, _, value = line.partition("=")
    return key.strip(), value.strip()
def convert(value):
    if value.isdigit():
        return int(value)
    return to_bool(value)
def to_bool(value):
    return {"true": True, "false": False}[value.lower()]
print(parse_config("a = 1\nb = true"))
print(parse_config("a = 1\nb = maybe"))
