# ipaddress: addresses, networks, interfaces, errors and special ranges.
import ipaddress as ip

for s in ['192.168.1.10', '0.0.0.0', '255.255.255.255', '::1', '::',
          '2001:db8::8a2e:370:7334', '2001:0db8:0000:0000:0000:0000:0000:0001',
          '1:0:0:1:0:0:0:1', '::ffff:1.2.3.4', '1:2:3:4:5:6:7::', 3232235777, 2**32,
          b'\x7f\x00\x00\x01', b'\x00' * 15 + b'\x01']:
    a = ip.ip_address(s)
    print(repr(a), str(a), a.version, int(a), a.packed.hex(), a.exploded, a.compressed)
    print('  ', a.reverse_pointer)
    print('  ', a.is_private, a.is_global, a.is_loopback, a.is_multicast, a.is_reserved,
          a.is_link_local, a.is_unspecified, a.max_prefixlen)
print(ip.IPv6Address('::ffff:1.2.3.4').ipv4_mapped, ip.IPv6Address('::1').ipv4_mapped,
      ip.IPv6Address('fe80::1%eth0').scope_id, ip.IPv6Address('fec0::1').is_site_local)
print(ip.IPv6Address('2002:c000:204::1').sixtofour, ip.IPv6Address('2001:0:4136:e378:8000:63bf:3fff:fdd2').teredo)
for s in ['1.2.3', '1..2.3', '1.2.3.256', '1.2.3.a', '1.2.3.0001', '1.2.3.01', '', '1.2.3.4/24',
          '1:2', '1::2::3', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:', '1:2:3:4:5:6:7:8:9', '12345::',
          'g::', 'fe80::1%', '1:2:3:4:5:6:7:8::', '::1.2.3', -1, 2**128, b'\x01\x02']:
    for f in (ip.IPv4Address, ip.IPv6Address, ip.ip_address):
        try:
            print(repr(f(s)))
        except ValueError as e:
            print(type(e).__name__, e)

a = ip.IPv4Address('10.0.0.1')
print(a + 5, a - 2, a < ip.IPv4Address('10.0.0.2'), a == ip.IPv4Address('10.0.0.1'),
      a == '10.0.0.1', sorted([ip.ip_address('10.0.0.3'), a]), hash(a) == hash(ip.ip_address('10.0.0.1')))
for bad in [lambda: ip.IPv4Address('255.255.255.255') + 1, lambda: a < ip.IPv6Address('::1'),
            lambda: a < 5]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for f in ['>12', 'b', '#b', '_b', '#_x', 'n', 'X', '#X', 'd', '12s']:
    try:
        print(repr(format(a, f)), repr(format(ip.IPv6Address('::1'), f)))
    except TypeError as e:
        print('TypeError', e)
s6 = ip.IPv6Address('fe80::1%eth0')
print(repr(s6), s6, s6 == ip.IPv6Address('fe80::1'), s6.is_link_local, s6.packed.hex())

for s in ['10.0.0.0/8', '192.168.1.0/255.255.255.0', '192.168.1.0/0.0.0.255', '10.1.2.3/32',
          '10.0.0.0/31', '2001:db8::/32', '::1/128', 'fe80::/64', ('10.0.0.0', 24), (167772160, '255.0.0.0'),
          '10.0.0.1/8', '10.0.0.0/33', '10.0.0.0/255.0.255.0', '10/8', '1/2/3', '10.0.0.0/ 8']:
    try:
        n = ip.ip_network(s)
    except ValueError as e:
        print(type(e).__name__, e)
        continue
    print(repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen,
          n.num_addresses, n.with_prefixlen, n.with_netmask, n.with_hostmask)
    print('  ', n.is_private, n.is_global, n.exploded, n.compressed)
for s in ['10.0.0.0/33', '10.0.0.0/x', '10.0.0.1/8', '10.0.0.0/255.0.255.0']:
    try:
        ip.IPv4Network(s)
    except ValueError as e:
        print(type(e).__name__, e)
print(ip.ip_network('10.0.0.1/8', strict=False), ip.IPv4Network('192.168.0.5/30', False))

n = ip.ip_network('192.168.0.0/29')
print(list(n.hosts()), list(n)[:3], n[0], n[-1], n[3], ip.IPv4Address('192.168.0.5') in n,
      ip.IPv4Address('192.168.1.5') in n, ip.IPv6Address('::1') in n)
try:
    n[8]
except IndexError as e:
    print('IndexError', e)
print(list(ip.ip_network('10.0.0.0/31').hosts()), list(ip.ip_network('10.0.0.7/32').hosts()))
print(list(ip.ip_network('10.0.0.0/24').subnets()), list(ip.ip_network('10.0.0.0/24').subnets(new_prefix=26)))
print(list(ip.ip_network('10.0.0.0/24').subnets(prefixlen_diff=2)), list(ip.ip_network('10.0.0.1/32').subnets()))
print(ip.ip_network('10.0.0.0/24').supernet(), ip.ip_network('10.0.0.0/24').supernet(new_prefix=16),
      ip.ip_network('0.0.0.0/0').supernet())
for bad in [lambda: list(ip.ip_network('10.0.0.0/24').subnets(new_prefix=20)),
            lambda: list(ip.ip_network('10.0.0.0/24').subnets(2, 26)),
            lambda: list(ip.ip_network('10.0.0.0/24').subnets(prefixlen_diff=10)),
            lambda: ip.ip_network('10.0.0.0/24').supernet(new_prefix=25),
            lambda: ip.ip_network('10.0.0.0/24').supernet(prefixlen_diff=30),
            lambda: ip.ip_network('10.0.0.0/24').subnet_of(ip.ip_network('::/0'))]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a, b = ip.ip_network('10.0.0.0/24'), ip.ip_network('10.0.0.128/25')
print(a.overlaps(b), b.subnet_of(a), a.supernet_of(b), a.subnet_of(b), a == ip.ip_network('10.0.0.0/24'),
      a < b, sorted([b, a]), a.compare_networks(b), b.compare_networks(a), a.compare_networks(a))
print(list(a.address_exclude(ip.ip_network('10.0.0.64/26'))))
print(list(ip.summarize_address_range(ip.IPv4Address('192.0.2.0'), ip.IPv4Address('192.0.2.130'))))
print(list(ip.collapse_addresses([ip.ip_network('192.0.2.0/25'), ip.ip_network('192.0.2.128/25'),
                                  ip.ip_address('192.0.3.0'), ip.ip_network('192.0.3.1/32')])))

i = ip.ip_interface('192.168.1.10/24')
print(repr(i), i, i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask,
      i.with_hostmask, i.version, i == ip.ip_interface('192.168.1.10/24'), i.is_private)
j = ip.ip_interface('2001:db8::5/64')
print(repr(j), j, j.ip, j.network, j.exploded, ip.IPv4Interface('10.0.0.1'), ip.ip_interface(('10.0.0.1', 8)))
try:
    ip.ip_interface('x/24')
except ValueError as e:
    print(type(e).__name__, e)
print(ip.v4_int_to_packed(1), ip.v6_int_to_packed(1).hex())
print(isinstance(ip.AddressValueError(), ValueError), issubclass(ip.NetmaskValueError, ValueError))
print({ip.ip_address('1.1.1.1'): 1}[ip.ip_address('1.1.1.1')], ip.ip_address('1.1.1.1') in {ip.IPv4Address('1.1.1.1')})
try:
    print(ip.IPv6Address('fe80::1%eth0').exploded)
except ip.AddressValueError as e:
    print('AddressValueError', e)
print(ip.ip_interface('fe80::1%eth0/64').exploded, ip.ip_network('fe80::%eth0/64').with_netmask)
