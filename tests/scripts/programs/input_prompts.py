# input() with prompts: the prompt goes to stdout, the answer comes from stdin.
name = input("Your name? ")
print()
print(f"Hello, {name}!")
age = int(input("Age: "))
print()
print("Next year you will be", age + 1)
numbers = [float(x) for x in input("Numbers: ").split()]
print()
print("sum", sum(numbers), "max", max(numbers))
empty = input()
print(repr(empty))
spaces = input()
print(repr(spaces))
try:
    input("one more: ")
except EOFError as e:
    print()
    print("EOFError:", repr(str(e)))
