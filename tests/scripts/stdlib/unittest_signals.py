# unittest: Ctrl-C handling (installHandler, registerResult, removeResult,
# removeHandler): the first SIGINT stops the run after the current test.
import io
import os
import signal
import unittest


class T(unittest.TestCase):
    def test_a_interrupted(self):
        os.kill(os.getpid(), signal.SIGINT)

    def test_b_not_run(self):
        pass


def run():
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
        unittest.TestLoader().loadTestsFromTestCase(T))
    print(stream.getvalue().splitlines()[:2], result.shouldStop, result.testsRun)
    return result


print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
unittest.installHandler()
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
result = run()
print(unittest.removeResult(result), unittest.removeResult(result))
other = unittest.TestResult()
unittest.registerResult(other)
print(unittest.removeResult(other))


@unittest.removeHandler
def without_handler():
    return signal.getsignal(signal.SIGINT) is signal.default_int_handler


print(without_handler(), signal.getsignal(signal.SIGINT) is signal.default_int_handler)
unittest.removeHandler()
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
try:
    run()
except KeyboardInterrupt:
    print('KeyboardInterrupt without the handler')
