raise ValueError("bad module")
