"""ipaddress for gilpy: IPv4/IPv6 addresses, networks and interfaces (parsing
with CPython 3.11's checks and messages, arithmetic, comparison, iteration,
subnets, the well-known special ranges)."""

import functools

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A malformed address."""


class NetmaskValueError(ValueError):
    """A malformed netmask or prefix length."""


def _guess(address, kinds, what):
    for kind in kinds:
        try:
            return kind(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 {what}')


def ip_address(address):
    """An IPv4Address or IPv6Address from a str, int or packed bytes."""
    return _guess(address, (IPv4Address, IPv6Address), 'address')


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network."""
    for kind in (IPv4Network, IPv6Network):
        try:
            return kind(address, strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 network')


def ip_interface(address):
    """An IPv4Interface or IPv6Interface."""
    return _guess(address, (IPv4Interface, IPv6Interface), 'interface')


def v4_int_to_packed(address):
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4")


def v6_int_to_packed(address):
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6")


def _split_optional_netmask(address):
    parts = str(address).split('/')
    if len(parts) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    return parts


def _count_righthand_zero_bits(number, bits):
    if number == 0:
        return bits
    return min(bits, (~number & (number - 1)).bit_length())


def summarize_address_range(first, last):
    """The networks that exactly cover first..last."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise TypeError(f"{first} and {last} are not of the same version")
    if first > last:
        raise ValueError('last IP address must be greater than first')
    net_cls = IPv4Network if first.version == 4 else IPv6Network
    bits = first._max_prefixlen
    lo, hi = first._ip, last._ip
    while lo <= hi:
        nbits = min(_count_righthand_zero_bits(lo, bits), (hi - lo + 1).bit_length() - 1)
        yield net_cls((lo, bits - nbits))
        lo += 1 << nbits
        if lo - 1 == first._ALL_ONES:
            break


def collapse_addresses(addresses):
    """Merges adjacent and overlapping networks (and addresses) into the
    fewest networks; yields them sorted."""
    addrs, nets = [], []
    for ip in addresses:
        if isinstance(ip, _BaseAddress):
            if addrs and addrs[-1].version != ip.version:
                raise TypeError(f"{ip} and {addrs[-1]} are not of the same version")
            addrs.append(ip)
        elif ip._prefixlen == ip._max_prefixlen:
            if addrs and addrs[-1].version != ip.version:
                raise TypeError(f"{ip} and {addrs[-1]} are not of the same version")
            addrs.append(ip.network_address)
        else:
            if nets and nets[-1].version != ip.version:
                raise TypeError(f"{ip} and {nets[-1]} are not of the same version")
            nets.append(ip)
    ranges = []
    for a in sorted(set(addrs)):
        ranges.append((a._ip, a._ip, a))
    for n in set(nets):
        ranges.append((n.network_address._ip, n.broadcast_address._ip, n.network_address))
    ranges.sort(key=lambda r: (r[0], r[1]))
    merged = []
    for lo, hi, sample in ranges:
        if merged and lo <= merged[-1][1] + 1:
            if hi > merged[-1][1]:
                merged[-1][1] = hi
        else:
            merged.append([lo, hi, sample])
    for lo, hi, sample in merged:
        cls = type(sample) if isinstance(sample, _BaseAddress) else sample.__class__
        if isinstance(sample, IPv4Address):
            cls = IPv4Address
        elif isinstance(sample, IPv6Address):
            cls = IPv6Address
        yield from summarize_address_range(cls(lo), cls(hi))


def get_mixed_type_key(obj):
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


class _IPAddressBase:
    __slots__ = ()

    @property
    def exploded(self):
        return self._explode_shorthand_ip_string()

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return self._reverse_pointer()

    @property
    def version(self):
        return self._version

    def _check_int_address(self, address):
        if address < 0:
            raise AddressValueError(f"{address} (< 0) is not permitted as an IPv{self._version} address")
        if address > self._ALL_ONES:
            raise AddressValueError(f"{address} (>= 2**{self._max_prefixlen}) is not "
                                    f"permitted as an IPv{self._version} address")

    def _check_packed_address(self, address, expected_len):
        if len(address) != expected_len:
            raise AddressValueError(f"{address!r} (len {len(address)} != {expected_len}) "
                                    f"is not permitted as an IPv{self._version} address")

    @classmethod
    def _ip_int_from_prefix(cls, prefixlen):
        return cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen)

    @classmethod
    def _prefix_from_ip_int(cls, ip_int):
        trailing = _count_righthand_zero_bits(ip_int, cls._max_prefixlen)
        prefixlen = cls._max_prefixlen - trailing
        if ip_int >> trailing != (1 << prefixlen) - 1:
            raise ValueError('Netmask pattern mixes zeroes & ones')
        return prefixlen

    @classmethod
    def _report_invalid_netmask(cls, netmask_str):
        raise NetmaskValueError(f'{netmask_str!r} is not a valid netmask') from None

    @classmethod
    def _prefix_from_prefix_string(cls, prefixlen_str):
        if not (prefixlen_str.isascii() and prefixlen_str.isdigit()):
            cls._report_invalid_netmask(prefixlen_str)
        prefixlen = int(prefixlen_str)
        if not 0 <= prefixlen <= cls._max_prefixlen:
            cls._report_invalid_netmask(prefixlen_str)
        return prefixlen

    @classmethod
    def _prefix_from_ip_string(cls, ip_str):
        try:
            ip_int = cls._ip_int_from_string(ip_str)
        except AddressValueError:
            cls._report_invalid_netmask(ip_str)
        try:
            return cls._prefix_from_ip_int(ip_int)
        except ValueError:
            pass
        try:
            return cls._prefix_from_ip_int(ip_int ^ cls._ALL_ONES)
        except ValueError:
            cls._report_invalid_netmask(ip_str)

    @classmethod
    def _split_addr_prefix(cls, address):
        if isinstance(address, (bytes, int)):
            return address, cls._max_prefixlen
        if not isinstance(address, tuple):
            address = _split_optional_netmask(address)
        if len(address) > 1:
            return address
        return address[0], cls._max_prefixlen

    def __reduce__(self):
        return self.__class__, (str(self),)


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    __slots__ = ()

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self._version != other._version:
            raise TypeError(f'{self} and {other} are not of the same version')
        return self._ip < other._ip

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return f"{self.__class__.__name__}('{self}')"

    def __str__(self):
        return self._string_from_ip_int(self._ip)

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def _get_address_key(self):
        return (self._version, self)

    def __format__(self, fmt):
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        if fmt in ('b', 'x', 'X', 'n', '#b', '#x', '#X', '_b', '_x', '_X', '#_b', '#_x', '#_X'):
            base = fmt[-1]
            if base == 'n':
                base = 'b' if self._version == 4 else 'x'
            width = self._max_prefixlen if base == 'b' else self._max_prefixlen // 4
            alt = '#' in fmt
            sep = '_' in fmt
            if sep:
                width += width // 4 - 1
            if alt:
                width += 2
            return format(self._ip, ('#' if alt else '') + '0' + str(width) + ('_' if sep else '') + base)
        return super().__format__(fmt)


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):

    def __repr__(self):
        return f"{self.__class__.__name__}('{self}')"

    def __str__(self):
        return f'{self.network_address}/{self.prefixlen}'

    def hosts(self):
        net = int(self.network_address)
        bcast = int(self.broadcast_address)
        for x in range(net + 1, bcast):
            yield self._address_class(x)

    def __iter__(self):
        net = int(self.network_address)
        bcast = int(self.broadcast_address)
        for x in range(net, bcast + 1):
            yield self._address_class(x)

    def __getitem__(self, n):
        net = int(self.network_address)
        bcast = int(self.broadcast_address)
        if n >= 0:
            if net + n > bcast:
                raise IndexError('address out of range')
            return self._address_class(net + n)
        n += 1
        if bcast + n < net:
            raise IndexError('address out of range')
        return self._address_class(bcast + n)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self._version != other._version:
            raise TypeError(f'{self} and {other} are not of the same version')
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __eq__(self, other):
        try:
            return (self._version == other._version and
                    self.network_address == other.network_address and
                    int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if self._version != other._version:
            return False
        if isinstance(other, _BaseNetwork):
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def overlaps(self, other):
        return (self.network_address in other or self.broadcast_address in other or
                other.network_address in self or other.broadcast_address in self)

    @property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @property
    def hostmask(self):
        return self._address_class(int(self.netmask) ^ self._ALL_ONES)

    @property
    def with_prefixlen(self):
        return f'{self.network_address}/{self._prefixlen}'

    @property
    def with_netmask(self):
        return f'{self.network_address}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self.network_address}/{self.hostmask}'

    @property
    def num_addresses(self):
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def prefixlen(self):
        return self._prefixlen

    def address_exclude(self, other):
        if not self._version == other._version:
            raise TypeError(f"{self} and {other} are not of the same version")
        if not isinstance(other, _BaseNetwork):
            raise TypeError(f"{other} is not a network object")
        if not other.subnet_of(self):
            raise ValueError(f'{other} not contained in {self}')
        if other == self:
            return
        other = other.__class__(f'{other.network_address}/{other.prefixlen}')
        s1, s2 = self.subnets()
        while s1 != other and s2 != other:
            if other.subnet_of(s1):
                yield s2
                s1, s2 = s1.subnets()
            elif other.subnet_of(s2):
                yield s1
                s1, s2 = s2.subnets()
        if s1 == other:
            yield s2
        else:
            yield s1

    def compare_networks(self, other):
        if self._version != other._version:
            raise TypeError(f'{self} and {other} are not of the same version')
        if self.network_address != other.network_address:
            return -1 if self.network_address < other.network_address else 1
        if self.netmask != other.netmask:
            return -1 if self.netmask < other.netmask else 1
        return 0

    def _get_networks_key(self):
        return (self._version, self.network_address, self.netmask)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        new_prefixlen = self._prefixlen + prefixlen_diff
        if new_prefixlen > self._max_prefixlen:
            raise ValueError(f'prefix length diff {new_prefixlen} is invalid for netblock {self}')
        start = int(self.network_address)
        end = int(self.broadcast_address) + 1
        step = (int(self.hostmask) + 1) >> prefixlen_diff
        for addr in range(start, end, step):
            yield self.__class__((addr, new_prefixlen))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        new_prefixlen = self.prefixlen - prefixlen_diff
        if new_prefixlen < 0:
            raise ValueError(f'current prefixlen is {self.prefixlen}, cannot have a '
                             f'prefixlen_diff of {prefixlen_diff}')
        return self.__class__((int(self.network_address) & (int(self.netmask) << prefixlen_diff),
                               new_prefixlen))

    def _is_subnet_of(self, a, b):
        try:
            if a._version != b._version:
                raise TypeError(f"{a} and {b} are not of the same version")
            return (b.network_address <= a.network_address and
                    b.broadcast_address >= a.broadcast_address)
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment "
                            f"between {a} and {b}")

    def subnet_of(self, other):
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        return self._is_subnet_of(other, self)

    def _all_in(self, nets):
        return (any(self.network_address in n for n in nets) and
                any(self.broadcast_address in n for n in nets))

    @property
    def is_private(self):
        return self.network_address.is_private and self.broadcast_address.is_private

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_multicast(self):
        return self.network_address.is_multicast and self.broadcast_address.is_multicast

    @property
    def is_reserved(self):
        return self.network_address.is_reserved and self.broadcast_address.is_reserved

    @property
    def is_link_local(self):
        return self.network_address.is_link_local and self.broadcast_address.is_link_local

    @property
    def is_loopback(self):
        return self.network_address.is_loopback and self.broadcast_address.is_loopback

    @property
    def is_unspecified(self):
        return self.network_address.is_unspecified and self.broadcast_address.is_unspecified


def _make_netmask(cls, arg):
    cache = cls._netmask_cache
    if arg not in cache:
        if isinstance(arg, int):
            prefixlen = arg
            if not 0 <= prefixlen <= cls._max_prefixlen:
                cls._report_invalid_netmask(prefixlen)
        else:
            try:
                prefixlen = cls._prefix_from_prefix_string(arg)
            except NetmaskValueError:
                prefixlen = cls._prefix_from_ip_string(arg)
        cache[arg] = cls._address_class(cls._ip_int_from_prefix(prefixlen)), prefixlen
    return cache[arg]


def _network_init(self, address, strict):
    addr, mask = self._split_addr_prefix(address)
    self.network_address = self._address_class(addr)
    self.netmask, self._prefixlen = self._make_netmask(mask)
    packed = int(self.network_address)
    if packed & int(self.netmask) != packed:
        if strict:
            raise ValueError(f'{self} has host bits set')
        self.network_address = self._address_class(packed & int(self.netmask))
    if self._prefixlen == self._max_prefixlen - 1:
        self.hosts = self.__iter__
    elif self._prefixlen == self._max_prefixlen:
        self.hosts = lambda: [self._address_class(addr)]


class _BaseInterfaceMixin:
    def _interface_init(self, address, net_cls):
        addr, mask = self._split_addr_prefix(address)
        self._address_class.__init__(self, addr)
        self.network = net_cls((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return f'{self._string_from_ip_int(self._ip)}/{self._prefixlen}'

    def __eq__(self, other):
        eq = self._address_class.__eq__(self, other)
        if eq is NotImplemented or not eq:
            return eq
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        lt = self._address_class.__lt__(self, other)
        if lt is NotImplemented:
            return NotImplemented
        try:
            return (self.network < other.network or
                    self.network == other.network and lt)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return self._address_class(self._ip)

    @property
    def with_prefixlen(self):
        return f'{self._string_from_ip_int(self._ip)}/{self._prefixlen}'

    @property
    def with_netmask(self):
        return f'{self._string_from_ip_int(self._ip)}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self._string_from_ip_int(self._ip)}/{self.hostmask}'


# ---- IPv4 ---------------------------------------------------------------------

class _BaseV4:
    __slots__ = ()
    _version = 4
    _ALL_ONES = (1 << IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH
    _netmask_cache = {}

    def _explode_shorthand_ip_string(self):
        return str(self)

    @classmethod
    def _make_netmask(cls, arg):
        return _make_netmask(cls, arg)

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        octets = ip_str.split('.')
        if len(octets) != 4:
            raise AddressValueError(f"Expected 4 octets in {ip_str!r}")
        try:
            return int.from_bytes(bytes(cls._parse_octet(o) for o in octets), 'big')
        except ValueError as exc:
            raise AddressValueError(f"{exc} in {ip_str!r}") from None

    @staticmethod
    def _parse_octet(s):
        if not s:
            raise ValueError("Empty octet not permitted")
        if not (s.isascii() and s.isdigit()):
            raise ValueError(f"Only decimal digits permitted in {s!r}")
        if len(s) > 3:
            raise ValueError(f"At most 3 characters permitted in {s!r}")
        if s != '0' and s[0] == '0':
            raise ValueError(f"Leading zeros are not permitted in {s!r}")
        v = int(s, 10)
        if v > 255:
            raise ValueError(f"Octet {v} (> 255) not permitted")
        return v

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        return '.'.join(map(str, ip_int.to_bytes(4, 'big')))

    def _reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'

    @property
    def max_prefixlen(self):
        return self._max_prefixlen


class IPv4Address(_BaseV4, _BaseAddress):
    """An IPv4 address."""
    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 4)
            self._ip = int.from_bytes(address, 'big')
            return
        addr_str = str(address)
        if '/' in addr_str:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._ip = self._ip_int_from_string(addr_str)

    @property
    def packed(self):
        return v4_int_to_packed(self._ip)

    @property
    def is_reserved(self):
        return self in _V4.reserved

    @property
    def is_private(self):
        return any(self in net for net in _V4.private)

    @property
    def is_global(self):
        return self not in _V4.shared and not self.is_private

    @property
    def is_multicast(self):
        return self in _V4.multicast

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self in _V4.loopback

    @property
    def is_link_local(self):
        return self in _V4.link_local


class IPv4Interface(_BaseInterfaceMixin, IPv4Address):
    """An IPv4 address with the network it sits on."""

    def __init__(self, address):
        self._interface_init(address, IPv4Network)

    __str__ = _BaseInterfaceMixin.__str__
    __repr__ = _BaseAddress.__repr__
    __eq__ = _BaseInterfaceMixin.__eq__
    __lt__ = _BaseInterfaceMixin.__lt__
    __hash__ = _BaseInterfaceMixin.__hash__


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network: an address with a prefix length or netmask."""
    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        _network_init(self, address, strict)

    @property
    def is_global(self):
        return (not (self.network_address in _V4.shared and
                     self.broadcast_address in _V4.shared) and
                not self.is_private)


IPv4Interface._address_class = IPv4Address


# ---- IPv6 ---------------------------------------------------------------------

class _BaseV6:
    __slots__ = ()
    _version = 6
    _ALL_ONES = (1 << IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _max_prefixlen = IPV6LENGTH
    _netmask_cache = {}

    @classmethod
    def _make_netmask(cls, arg):
        return _make_netmask(cls, arg)

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        parts = ip_str.split(':')
        if len(parts) < 3:
            raise AddressValueError(f"At least 3 parts expected in {ip_str!r}")
        if '.' in parts[-1]:
            try:
                v4 = IPv4Address(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError(f"{exc} in {ip_str!r}") from None
            parts.append('%x' % (v4 >> 16))
            parts.append('%x' % (v4 & 0xFFFF))
        if len(parts) > cls._HEXTET_COUNT + 1:
            raise AddressValueError(f"At most {cls._HEXTET_COUNT} colons permitted in {ip_str!r}")
        skip = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if skip is not None:
                    raise AddressValueError(f"At most one '::' permitted in {ip_str!r}")
                skip = i
        if skip is not None:
            hi = skip
            lo = len(parts) - skip - 1
            if not parts[0]:
                hi -= 1
                if hi:
                    raise AddressValueError(f"Leading ':' only permitted as part of '::' in {ip_str!r}")
            if not parts[-1]:
                lo -= 1
                if lo:
                    raise AddressValueError(f"Trailing ':' only permitted as part of '::' in {ip_str!r}")
            skipped = cls._HEXTET_COUNT - (hi + lo)
            if skipped < 1:
                raise AddressValueError(f"Expected at most {cls._HEXTET_COUNT - 1} other parts "
                                        f"with '::' in {ip_str!r}")
        else:
            if len(parts) != cls._HEXTET_COUNT:
                raise AddressValueError(f"Exactly {cls._HEXTET_COUNT} parts expected without "
                                        f"'::' in {ip_str!r}")
            if not parts[0]:
                raise AddressValueError(f"Leading ':' only permitted as part of '::' in {ip_str!r}")
            if not parts[-1]:
                raise AddressValueError(f"Trailing ':' only permitted as part of '::' in {ip_str!r}")
            hi, lo, skipped = len(parts), 0, 0
        try:
            value = 0
            for i in range(hi):
                value = (value << 16) | cls._parse_hextet(parts[i])
            value <<= 16 * skipped
            for i in range(-lo, 0):
                value = (value << 16) | cls._parse_hextet(parts[i])
            return value
        except ValueError as exc:
            raise AddressValueError(f"{exc} in {ip_str!r}") from None

    @staticmethod
    def _parse_hextet(s):
        if not all(c in '0123456789abcdefABCDEF' for c in s):
            raise ValueError(f"Only hex digits permitted in {s!r}")
        if len(s) > 4:
            raise ValueError(f"At most 4 characters permitted in {s!r}")
        return int(s, 16)

    @staticmethod
    def _compress_hextets(hextets):
        best_start, best_len = -1, 0
        start, length = -1, 0
        for i, h in enumerate(hextets):
            if h == '0':
                if start < 0:
                    start = i
                length += 1
                if length > best_len:
                    best_start, best_len = start, length
            else:
                start, length = -1, 0
        if best_len > 1:
            end = best_start + best_len
            if end == len(hextets):
                hextets = hextets + ['']
            hextets = hextets[:best_start] + [''] + hextets[end:]
            if best_start == 0:
                hextets = [''] + hextets
        return hextets

    @classmethod
    def _string_from_ip_int(cls, ip_int=None):
        if ip_int > cls._ALL_ONES:
            raise ValueError('IPv6 address is too large')
        hextets = ['%x' % ((ip_int >> (16 * i)) & 0xFFFF) for i in range(7, -1, -1)]
        return ':'.join(cls._compress_hextets(hextets))

    def _explode_shorthand_ip_string(self):
        # parsed again from the text, so that (as in CPython) a %scope
        # makes it fail
        if isinstance(self, IPv6Network):
            ip_str, suffix = str(self.network_address), f'/{self._prefixlen}'
        elif isinstance(self, IPv6Interface):
            ip_str, suffix = str(self.ip), f'/{self._prefixlen}'
        else:
            ip_str, suffix = str(self), ''
        hexstr = '%032x' % self._ip_int_from_string(ip_str)
        return ':'.join(hexstr[i:i + 4] for i in range(0, 32, 4)) + suffix

    def _reverse_pointer(self):
        nibbles = self.exploded[::-1].replace(':', '')
        return '.'.join(nibbles) + '.ip6.arpa'

    @staticmethod
    def _split_scope_id(ip_str):
        addr, sep, scope_id = ip_str.partition('%')
        if not sep:
            scope_id = None
        elif not scope_id or '%' in scope_id:
            raise AddressValueError(f'Invalid IPv6 address: "{ip_str!r}"')
        return addr, scope_id

    @property
    def max_prefixlen(self):
        return self._max_prefixlen


class IPv6Address(_BaseV6, _BaseAddress):
    """An IPv6 address (with an optional %scope)."""
    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        self._scope_id = None
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 16)
            self._ip = int.from_bytes(address, 'big')
            return
        addr_str = str(address)
        if '/' in addr_str:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        addr_str, self._scope_id = self._split_scope_id(addr_str)
        self._ip = self._ip_int_from_string(addr_str)

    def __str__(self):
        ip = super().__str__()
        return ip + '%' + self._scope_id if self._scope_id else ip

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        eq = super().__eq__(other)
        if eq is NotImplemented or not eq:
            return eq
        return self._scope_id == getattr(other, '_scope_id', None)

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def packed(self):
        return v6_int_to_packed(self._ip)

    @property
    def is_multicast(self):
        return self in _V6.multicast

    @property
    def is_reserved(self):
        return any(self in n for n in _V6.reserved)

    @property
    def is_link_local(self):
        return self in _V6.link_local

    @property
    def is_site_local(self):
        return self in _V6.site_local

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return any(self in net for net in _V6.private)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        if (self._ip >> 32) != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        if (self._ip >> 96) != 0x20010000:
            return None
        return (IPv4Address((self._ip >> 64) & 0xFFFFFFFF),
                IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        if (self._ip >> 112) != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


class IPv6Interface(_BaseInterfaceMixin, IPv6Address):
    """An IPv6 address with the network it sits on."""

    def __init__(self, address):
        addr, mask = self._split_addr_prefix(address)
        IPv6Address.__init__(self, addr)
        self.network = IPv6Network((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    def __str__(self):
        return f'{IPv6Address.__str__(self)}/{self._prefixlen}'

    __repr__ = _BaseAddress.__repr__
    __eq__ = _BaseInterfaceMixin.__eq__
    __lt__ = _BaseInterfaceMixin.__lt__
    __hash__ = _BaseInterfaceMixin.__hash__

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._ip == 1 and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network."""
    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        addr, mask = self._split_addr_prefix(address)
        self.network_address = IPv6Address(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError(f'{self} has host bits set')
            self.network_address = IPv6Address(packed & int(self.netmask))
        if self._prefixlen == self._max_prefixlen - 1:
            self.hosts = self.__iter__
        elif self._prefixlen == self._max_prefixlen:
            self.hosts = lambda: [IPv6Address(addr)]

    def hosts(self):
        net = int(self.network_address)
        bcast = int(self.broadcast_address)
        for x in range(net + 1, bcast + 1):
            yield self._address_class(x)

    @property
    def is_site_local(self):
        return self.network_address.is_site_local and self.broadcast_address.is_site_local


IPv6Interface._address_class = IPv6Address


class _V4:
    private = [IPv4Network(n) for n in (
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
        '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16',
        '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4',
        '255.255.255.255/32')]
    shared = IPv4Network('100.64.0.0/10')
    link_local = IPv4Network('169.254.0.0/16')
    loopback = IPv4Network('127.0.0.0/8')
    multicast = IPv4Network('224.0.0.0/4')
    reserved = IPv4Network('240.0.0.0/4')


class _V6:
    private = [IPv6Network(n) for n in (
        '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48',
        '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10')]
    reserved = [IPv6Network(n) for n in (
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3',
        '6000::/3', '8000::/3', 'a000::/3', 'c000::/3', 'e000::/4', 'f000::/5',
        'f800::/6', 'fe00::/9')]
    multicast = IPv6Network('ff00::/8')
    link_local = IPv6Network('fe80::/10')
    site_local = IPv6Network('fec0::/10')
