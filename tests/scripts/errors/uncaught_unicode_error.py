# UnicodeDecodeError uncaught: the message names the codec, byte and position.
data = "naïve".encode("utf-8")
print(data, data.decode("utf-8"))
print(data.decode("ascii"))
