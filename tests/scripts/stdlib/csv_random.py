# csv: random lines (quotes, delimiters, spaces, line breaks) read with
# several dialect settings and written back; every result and error must
# match CPython's, so the fast paths agree with the parsing state machine.
import csv
import io

state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n

alphabet = ['a', 'b', ',', '"', '""', ' ', '\n', '\r\n', '\r', ';', '\\', "'", 'é']
settings = [{}, {'skipinitialspace': True}, {'doublequote': False, 'escapechar': '\\'},
            {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}, {'strict': True},
            {'delimiter': ';', 'quotechar': "'"}, {'quoting': csv.QUOTE_NONNUMERIC}]
for case in range(400):
    text = ''.join(alphabet[rnd(len(alphabet))] for _ in range(rnd(12)))
    kw = settings[case % len(settings)]
    try:
        rows = list(csv.reader(io.StringIO(text, newline=''), **kw))
        result = rows
    except (csv.Error, ValueError) as e:
        result = '%s: %s' % (type(e).__name__, e)
    print(case, repr(text), result)

wsettings = [{}, {'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONNUMERIC},
             {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}, {'doublequote': False, 'escapechar': '\\'},
             {'lineterminator': '\n', 'delimiter': ';'}]
values = ['a', '', ' ', 'a,b', 'q"q', '\n', '\r', 'x\\y', ';', 3, 2.5, None, True, "'"]
for case in range(200):
    row = [values[rnd(len(values))] for _ in range(rnd(4))]
    kw = wsettings[case % len(wsettings)]
    buf = io.StringIO()
    try:
        csv.writer(buf, **kw).writerow(row)
        out = buf.getvalue()
        back = list(csv.reader(io.StringIO(out, newline=''), **kw))
        print(case, repr(row), repr(out), back)
    except (csv.Error, ValueError) as e:
        print(case, repr(row), '%s: %s' % (type(e).__name__, e))
