"""email for gilpy: the part of the email package that HTTP needs: messages
with case-insensitive headers (email.message), parsing headers and bodies
(email.parser), dates and addresses (email.utils), with CPython 3.11's
compat32 behaviour."""

__all__ = ['message_from_string', 'message_from_bytes', 'message_from_file',
           'message_from_binary_file']


def message_from_string(s, *args, **kws):
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_bytes(s, *args, **kws):
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parsebytes(s)


def message_from_file(fp, *args, **kws):
    from email.parser import Parser
    return Parser(*args, **kws).parse(fp)


def message_from_binary_file(fp, *args, **kws):
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parse(fp)
