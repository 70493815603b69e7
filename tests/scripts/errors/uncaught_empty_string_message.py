# An exception with an empty message prints "Name: " with nothing after.
raise RuntimeError("")
