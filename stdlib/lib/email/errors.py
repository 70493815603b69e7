"""email.errors for gilpy: the package's exceptions and defect classes."""


class MessageError(Exception):
    """Base class for errors in the email package."""


class MessageParseError(MessageError):
    """A message could not be parsed."""


class HeaderParseError(MessageParseError):
    """A header could not be parsed."""


class BoundaryError(MessageParseError):
    """A multipart boundary could not be found."""


class MultipartConversionError(MessageError, TypeError):
    """A non-multipart message cannot take subparts."""


class CharsetError(MessageError):
    """An illegal charset was given."""


class MessageDefect(ValueError):
    """A problem found while parsing a message."""

    def __init__(self, line=None):
        if line is not None:
            super().__init__(line)
        self.line = line


class HeaderDefect(MessageDefect):
    """A problem found in a header."""


class NoBoundaryInMultipartDefect(MessageDefect):
    """A multipart message has no boundary parameter."""


class MissingHeaderBodySeparatorDefect(MessageDefect):
    """A line that is neither a header nor a continuation ended the headers."""


MalformedHeaderDefect = MissingHeaderBodySeparatorDefect


class FirstHeaderLineIsContinuationDefect(MessageDefect):
    """The first header line starts with whitespace."""


class MisplacedEnvelopeHeaderDefect(MessageDefect):
    """A 'From ' line in the middle of the headers."""


class InvalidHeaderDefect(HeaderDefect):
    """A header that cannot be parsed (e.g. one without a name)."""
