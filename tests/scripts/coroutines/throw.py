# Exceptions thrown into coroutines, close(), and errors inside awaits.
class Suspend:
    def __await__(self):
        return (yield "waiting")

async def guarded():
    try:
        await Suspend()
    except ValueError as e:
        print("caught", repr(e))
        return "recovered"
    finally:
        print("finally ran")

c = guarded()
print(c.send(None))
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print("stop", e.value)

async def unguarded():
    await Suspend()
c = unguarded()
c.send(None)
try:
    c.throw(KeyError, "k")
except KeyError as e:
    print("KeyError", e)

async def cleanup():
    try:
        await Suspend()
    finally:
        print("cleanup on close")
c = cleanup()
c.send(None)
print(c.close())

async def inner():
    try:
        await Suspend()
    except ZeroDivisionError:
        print("inner caught")
        raise RuntimeError("converted")
async def outer():
    try:
        await inner()
    except RuntimeError as e:
        print("outer caught", e, type(e.__context__).__name__)
        return 1
c = outer()
c.send(None)
try:
    c.throw(ZeroDivisionError())
except StopIteration as e:
    print("stop", e.value)

async def raises_stop():
    raise StopIteration
try:
    raises_stop().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

stop = False
async def stubborn():
    while not stop:
        try:
            await Suspend()
        except GeneratorExit:
            pass
c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
stop = True
try:
    c.send(None)
except StopIteration:
    print("stubborn finished")
