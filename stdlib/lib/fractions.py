# fractions.py: Fraction, exact rational numbers kept in lowest terms with a
# positive denominator, as CPython 3.11's module (arithmetic with int, float
# and Fraction, comparisons, hashes equal to those of equal ints and floats,
# parsing of '3/4', '-1.5e-3' and the like, limit_denominator).

import math
import numbers
import operator
import sys

try:
    from decimal import Decimal as _Decimal
except ImportError:
    _Decimal = None

__all__ = ['Fraction']

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf

# Built-in types the constructor takes as (numerator, denominator) through
# as_integer_ratio(); complex when the interpreter has it.
_FLOAT_LIKE = (float,) if _Decimal is None else (float, _Decimal)
try:
    _COMPLEX = complex
except NameError:
    _COMPLEX = ()

_gcd = math.gcd
_object_new = object.__new__


# ---- parsing of string literals -----------------------------------------
# The accepted forms: optional whitespace, an optional sign, then either
# digits '/' digits, or digits with an optional '.' part and an optional
# exponent; digits may be grouped with single underscores.  The rules
# (including CPython's acceptance of 'd' letters as a fraction part, which
# int() then rejects) follow CPython 3.11's regular expression.

def _digits_end(s, i, n):
    """End of the run of digits (single underscores allowed between
    digits) starting at i; i itself when s[i] is no digit."""
    if i >= n or not s[i].isdecimal():
        return i
    i += 1
    while True:
        while i < n and s[i].isdecimal():
            i += 1
        if i + 1 < n and s[i] == '_' and s[i + 1].isdecimal():
            i += 2
            continue
        return i


def _exponent_end(s, i, n):
    """Where an optional exponent starting at i ends when it runs to the
    end of s: n, or -1 when s from i is not an (empty) exponent."""
    if i == n:
        return n
    if s[i] not in 'eE':
        return -1
    j = i + 1
    if j < n and s[j] in '+-':
        j += 1
    k = _digits_end(s, j, n)
    return n if k > j and k == n else -1


def _invalid(text):
    return ValueError('Invalid literal for Fraction: %r' % (text,))


def _parse(text):
    """(numerator, denominator) of a string literal, not yet reduced."""
    s = text.strip()
    n = len(s)
    i = 0
    negative = False
    if n and s[0] in '+-':
        negative = s[0] == '-'
        i = 1
    # A digit, or '.' and a digit, must follow the sign.
    if not (i < n and (s[i].isdecimal() or
                       (s[i] == '.' and i + 1 < n and s[i + 1].isdecimal()))):
        raise _invalid(text)
    num_end = _digits_end(s, i, n)
    numerator = int(s[i:num_end] or '0')
    denominator = 1
    if num_end < n and s[num_end] == '/':
        den_end = _digits_end(s, num_end + 1, n)
        if den_end == num_end + 1 or den_end != n:
            raise _invalid(text)
        denominator = int(s[num_end + 1:])
    else:
        pos = num_end
        decimal = ''
        if pos < n and s[pos] == '.':
            k = pos + 1
            while k < n and s[k] in 'dD':
                k += 1
            if _exponent_end(s, k, n) == n:
                decimal = s[pos + 1:k]
            else:
                k = _digits_end(s, pos + 1, n)
                if k == pos + 1 or _exponent_end(s, k, n) != n:
                    raise _invalid(text)
                decimal = s[pos + 1:k]
            pos = k
        elif _exponent_end(s, pos, n) != n:
            raise _invalid(text)
        if decimal:
            decimal = decimal.replace('_', '')
            scale = 10 ** len(decimal)
            numerator = numerator * scale + int(decimal)
            denominator = scale
        if pos < n:
            exp = int(s[pos + 1:])
            if exp >= 0:
                numerator *= 10 ** exp
            else:
                denominator *= 10 ** -exp
    if negative:
        numerator = -numerator
    return numerator, denominator


def _make(n, d):
    """A Fraction n/d already in lowest terms with d > 0, made without the
    checks of the constructor (the arithmetic's fast path)."""
    f = _object_new(Fraction)
    f._numerator = n
    f._denominator = d
    return f


def _reduced(n, d):
    """The Fraction n/d for d > 0, reduced to lowest terms."""
    g = _gcd(n, d)
    if g != 1:
        n //= g
        d //= g
    f = _object_new(Fraction)
    f._numerator = n
    f._denominator = d
    return f


class Fraction(numbers.Rational):
    """A rational number numerator/denominator in lowest terms.

    Fraction(7, 3), Fraction(Fraction(1, 2)), Fraction('3/4'),
    Fraction(' -1.25e2 '), Fraction(0.5); Fraction() is 0."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            tn = type(numerator)
            if tn is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if tn is Fraction:
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if tn is float:
                self._numerator, self._denominator = \
                    numerator.as_integer_ratio()
                return self
            if tn is str:
                numerator, denominator = _parse(numerator)
            elif isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            elif isinstance(numerator, _FLOAT_LIKE):
                self._numerator, self._denominator = \
                    numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                numerator, denominator = _parse(numerator)
            else:
                raise TypeError("argument should be a string "
                                "or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif (isinstance(numerator, numbers.Rational) and
              isinstance(denominator, numbers.Rational)):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be "
                            "Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = _gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            if g != 1:
                numerator //= g
                denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (an int is taken as it is)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of the Decimal dec (an int is taken as it is)."""
        if isinstance(dec, numbers.Integral):
            if _Decimal is None:
                return cls(int(dec))
            dec = _Decimal(int(dec))
        elif _Decimal is None or not isinstance(dec, _Decimal):
            raise TypeError(
                "%s.from_decimal() only takes Decimals, not %r (%s)"
                % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The fraction nearest to self whose denominator is at most
        max_denominator (found with continued fractions)."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Convergents p/q of the continued fraction of self, stopping
        # before a denominator goes past the limit.
        p_prev, q_prev, p_cur, q_cur = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q_next = q_prev + a * q_cur
            if q_next > max_denominator:
                break
            p_prev, q_prev, p_cur, q_cur = (p_cur, q_cur,
                                            p_prev + a * p_cur, q_next)
            n, d = d, n - a * d
        # The best semiconvergent below the limit against the last
        # convergent: the closer one wins, the convergent on a tie.
        k = (max_denominator - q_prev) // q_cur
        semi = Fraction(p_prev + k * p_cur, q_prev + k * q_cur)
        conv = Fraction(p_cur, q_cur)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ---- arithmetic ------------------------------------------------------
    # Each operator has an exact form for two rationals; with a float (or a
    # complex) the Fraction is converted and the float operation used.

    def _binary(exact, inexact, name):
        def forward(a, b):
            if type(b) is int or isinstance(b, (int, Fraction)):
                return exact(a, b)
            if isinstance(b, float):
                return inexact(float(a), b)
            if isinstance(b, _COMPLEX):
                return inexact(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if type(a) is int or isinstance(a, numbers.Rational):
                return exact(a, b)
            if type(a) is float:
                return inexact(a, float(b))
            if isinstance(a, numbers.Real):
                return inexact(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return inexact(complex(a), complex(b))
            return NotImplemented

        forward.__name__ = '__%s__' % name
        forward.__qualname__ = 'Fraction.__%s__' % name
        reverse.__name__ = '__r%s__' % name
        reverse.__qualname__ = 'Fraction.__r%s__' % name
        return forward, reverse

    def _add(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = _gcd(da, db)
        if g == 1:
            return _make(na * db + nb * da, da * db)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = _gcd(t, g)
        if g2 == 1:
            return _make(t, s * db)
        return _make(t // g2, s * (db // g2))

    def _sub(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = _gcd(da, db)
        if g == 1:
            return _make(na * db - nb * da, da * db)
        s = da // g
        t = na * (db // g) - nb * s
        g2 = _gcd(t, g)
        if g2 == 1:
            return _make(t, s * db)
        return _make(t // g2, s * (db // g2))

    def _mul(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = _gcd(na, db)
        if g > 1:
            na //= g
            db //= g
        g = _gcd(nb, da)
        if g > 1:
            nb //= g
            da //= g
        return _make(na * nb, da * db)

    def _div(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = _gcd(na, nb)
        if g > 1:
            na //= g
            nb //= g
        g = _gcd(db, da)
        if g > 1:
            da //= g
            db //= g
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        elif d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        return _make(n, d)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        q, r = divmod(a.numerator * db, da * b.numerator)
        return q, _reduced(r, da * db)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return _reduced((a.numerator * db) % (b.numerator * da), da * db)

    __add__, __radd__ = _binary(_add, operator.add, 'add')
    __sub__, __rsub__ = _binary(_sub, operator.sub, 'sub')
    __mul__, __rmul__ = _binary(_mul, operator.mul, 'mul')
    __truediv__, __rtruediv__ = _binary(_div, operator.truediv, 'truediv')
    __floordiv__, __rfloordiv__ = _binary(_floordiv, operator.floordiv,
                                          'floordiv')
    __divmod__, __rdivmod__ = _binary(_divmod, divmod, 'divmod')
    __mod__, __rmod__ = _binary(_mod, operator.mod, 'mod')
    del _binary, _add, _sub, _mul, _div, _floordiv, _divmod, _mod

    def __pow__(a, b):
        """a ** b: exact for an integral b, a float otherwise."""
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                p = b.numerator
                if p >= 0:
                    return _make(a._numerator ** p, a._denominator ** p)
                if a._numerator > 0:
                    return _make(a._denominator ** -p, a._numerator ** -p)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)'
                                            % (a._denominator ** -p))
                return _make((-a._denominator) ** -p, (-a._numerator) ** -p)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b for a base that is not a Fraction."""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return _make(a._numerator, a._denominator)

    def __neg__(a):
        return _make(-a._numerator, a._denominator)

    def __abs__(a):
        return _make(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a.numerator // a.denominator

    def __ceil__(a):
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        """round(self): the nearest int, halves to even; with ndigits, the
        nearest Fraction that is a multiple of 10**-ndigits."""
        if ndigits is None:
            q, r = divmod(self.numerator, self.denominator)
            twice = r * 2
            d = self.denominator
            if twice < d or (twice == d and q % 2 == 0):
                return q
            return q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        # The hash of the rational n/d is n * d**-1 modulo the hash
        # modulus, as for ints and floats, so equal numbers hash equal.
        n, d = self._numerator, self._denominator
        if d == 1:
            return hash(n)
        try:
            dinv = pow(d, -1, _HASH_MODULUS)
        except ValueError:
            # d is a multiple of the modulus: no inverse.
            h = _HASH_INF
        else:
            h = hash(hash(abs(n)) * dinv)
        if n < 0:
            h = -h
        return -2 if h == -1 else h

    # ---- comparisons -----------------------------------------------------

    def __eq__(a, b):
        tb = type(b)
        if tb is int:
            return a._numerator == b and a._denominator == 1
        if tb is Fraction or isinstance(b, numbers.Rational):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if tb is float:
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            n, d = b.as_integer_ratio()
            return a._numerator == n and a._denominator == d
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other, op):
        to = type(other)
        if to is int:
            return op(self._numerator, self._denominator * other)
        if to is Fraction:
            return op(self._numerator * other._denominator,
                      self._denominator * other._numerator)
        if to is float:
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            n, d = other.as_integer_ratio()
            return op(self._numerator * d, self._denominator * n)
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        return a._compare(b, operator.gt)

    def __le__(a, b):
        return a._compare(b, operator.le)

    def __ge__(a, b):
        return a._compare(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    # ---- copying and pickling --------------------------------------------

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
