# _thread.stack_size() with no argument returns the size and resets it to the default
import _thread
print(_thread.stack_size())
print(_thread.stack_size(512 * 1024))
print(_thread.stack_size() == 512 * 1024)
print(_thread.stack_size())
for bad in (100, -1):
    try:
        _thread.stack_size(bad)
    except ValueError as e:
        print("ValueError", e)
print(_thread.stack_size())
