# A ZeroDivisionError three frames deep; each frame appears in the traceback.
def average(values):
    return sum(values) / len(values)
def summarize(groups):
    return {name: average(vals) for name, vals in groups.items()}
def main():
    groups = {"a": [1, 2, 3], "b": []}
    print(summarize(groups))
main()
