"""gen_unicode_names.py: writes grammar/unicode_names_data.inc, the Unicode
character names and formal aliases that \\N{...} escapes accept, taken from
CPython 3.11's unicodedata (Unicode 14.0), so gilpy accepts exactly the
names CPython accepts.

    python3 grammar/gen_unicode_names.py

Names made by rule (CJK UNIFIED IDEOGRAPH-4E00, HANGUL SYLLABLE GA, ...) are
not listed; the .inc gives their ranges and unicode_names.c builds them.
The other names are sorted and front-coded: each entry is one byte for the
length of the prefix shared with the previous name (offset by 33), the rest
of the name, ';', the code point in hex, and a newline.
"""
import os
import sys
import unicodedata

RULE_PREFIXES = ['CJK UNIFIED IDEOGRAPH-', 'CJK COMPATIBILITY IDEOGRAPH-', 'TANGUT IDEOGRAPH-',
                 'KHITAN SMALL SCRIPT CHARACTER-', 'NUSHU CHARACTER-']

# Formal name aliases (Unicode's NameAliases.txt); each is checked against
# unicodedata.lookup below, and only those CPython accepts are kept.
ALIASES = """
0000 NULL;NUL 0001 START OF HEADING;SOH 0002 START OF TEXT;STX 0003 END OF TEXT;ETX
0004 END OF TRANSMISSION;EOT 0005 ENQUIRY;ENQ 0006 ACKNOWLEDGE;ACK 0007 ALERT;BEL
0008 BACKSPACE;BS 0009 CHARACTER TABULATION;HORIZONTAL TABULATION;HT;TAB
000A LINE FEED;NEW LINE;END OF LINE;LF;NL;EOL 000B LINE TABULATION;VERTICAL TABULATION;VT
000C FORM FEED;FF 000D CARRIAGE RETURN;CR 000E SHIFT OUT;LOCKING-SHIFT ONE;SO
000F SHIFT IN;LOCKING-SHIFT ZERO;SI 0010 DATA LINK ESCAPE;DLE 0011 DEVICE CONTROL ONE;DC1
0012 DEVICE CONTROL TWO;DC2 0013 DEVICE CONTROL THREE;DC3 0014 DEVICE CONTROL FOUR;DC4
0015 NEGATIVE ACKNOWLEDGE;NAK 0016 SYNCHRONOUS IDLE;SYN 0017 END OF TRANSMISSION BLOCK;ETB
0018 CANCEL;CAN 0019 END OF MEDIUM;EOM 001A SUBSTITUTE;SUB 001B ESCAPE;ESC
001C INFORMATION SEPARATOR FOUR;FILE SEPARATOR;FS 001D INFORMATION SEPARATOR THREE;GROUP SEPARATOR;GS
001E INFORMATION SEPARATOR TWO;RECORD SEPARATOR;RS 001F INFORMATION SEPARATOR ONE;UNIT SEPARATOR;US
0020 SP 007F DELETE;DEL 0080 PADDING CHARACTER;PAD 0081 HIGH OCTET PRESET;HOP
0082 BREAK PERMITTED HERE;BPH 0083 NO BREAK HERE;NBH 0084 INDEX;IND 0085 NEXT LINE;NEL
0086 START OF SELECTED AREA;SSA 0087 END OF SELECTED AREA;ESA
0088 CHARACTER TABULATION SET;HORIZONTAL TABULATION SET;HTS
0089 CHARACTER TABULATION WITH JUSTIFICATION;HORIZONTAL TABULATION WITH JUSTIFICATION;HTJ
008A LINE TABULATION SET;VERTICAL TABULATION SET;VTS 008B PARTIAL LINE FORWARD;PARTIAL LINE DOWN;PLD
008C PARTIAL LINE BACKWARD;PARTIAL LINE UP;PLU 008D REVERSE LINE FEED;REVERSE INDEX;RI
008E SINGLE SHIFT TWO;SINGLE-SHIFT-2;SS2 008F SINGLE SHIFT THREE;SINGLE-SHIFT-3;SS3
0090 DEVICE CONTROL STRING;DCS 0091 PRIVATE USE ONE;PRIVATE USE-1;PU1
0092 PRIVATE USE TWO;PRIVATE USE-2;PU2 0093 SET TRANSMIT STATE;STS 0094 CANCEL CHARACTER;CCH
0095 MESSAGE WAITING;MW 0096 START OF GUARDED AREA;START OF PROTECTED AREA;SPA
0097 END OF GUARDED AREA;END OF PROTECTED AREA;EPA 0098 START OF STRING;SOS
0099 SINGLE GRAPHIC CHARACTER INTRODUCER;SGC 009A SINGLE CHARACTER INTRODUCER;SCI
009B CONTROL SEQUENCE INTRODUCER;CSI 009C STRING TERMINATOR;ST 009D OPERATING SYSTEM COMMAND;OSC
009E PRIVACY MESSAGE;PM 009F APPLICATION PROGRAM COMMAND;APC 00A0 NBSP 00AD SHY
01A2 LATIN CAPITAL LETTER GHA 01A3 LATIN SMALL LETTER GHA 034F CGJ 061C ALM
0709 SYRIAC SUBLINEAR COLON SKEWED LEFT 0CDE KANNADA LETTER LLLA 0E9D LAO LETTER FO FON
0E9F LAO LETTER FO FAY 0EA3 LAO LETTER RO 0EA5 LAO LETTER LO 0FD0 TIBETAN MARK BKA- SHOG GI MGO RGYAN
11EC HANGUL JONGSEONG YESIEUNG-KIYEOK 11ED HANGUL JONGSEONG YESIEUNG-SSANGKIYEOK
11EE HANGUL JONGSEONG SSANGYESIEUNG 11EF HANGUL JONGSEONG YESIEUNG-KHIEUKH
180B FVS1 180C FVS2 180D FVS3 180E MVS 180F FVS4 1BBD SUNDANESE LETTER ARCHAIC I
200B ZWSP 200C ZWNJ 200D ZWJ 200E LRM 200F RLM 202A LRE 202B RLE 202C PDF 202D LRO 202E RLO
202F NNBSP 205F MMSP 2060 WJ 2066 LRI 2067 RLI 2068 FSI 2069 PDI 2118 WEIERSTRASS ELLIPTIC FUNCTION
2448 MICR ON US SYMBOL 2449 MICR DASH SYMBOL
2B7A LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE
2B7C RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE
A015 YI SYLLABLE ITERATION MARK FE18 PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET
FEFF BYTE ORDER MARK;BOM;ZWNBSP 122D4 CUNEIFORM SIGN NU11 TENU
122D5 CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR 16E56 MEDEFAIDRIN CAPITAL LETTER H
16E57 MEDEFAIDRIN CAPITAL LETTER NG 16E76 MEDEFAIDRIN SMALL LETTER H 16E77 MEDEFAIDRIN SMALL LETTER NG
1B001 HENTAIGANA LETTER E-1 1D0C5 BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS
1E899 MENDE KIKAKUI SYLLABLE M172 MBO 1E89A MENDE KIKAKUI SYLLABLE M174 MBOO
"""


def parse_aliases():
    import re
    out = []
    for m in re.finditer(r'([0-9A-F]{4,5}) ([A-Z0-9 ;-]+?)(?= [0-9A-F]{4,5} |\s*$)', ' '.join(ALIASES.split())):
        cp = int(m.group(1), 16)
        for name in m.group(2).split(';'):
            out.append((name.strip(), cp))
    out += [('VS%d' % (i + 1), 0xFE00 + i) for i in range(16)]
    out += [('VS%d' % (i + 17), 0xE0100 + i) for i in range(240)]
    return out


def main():
    names = {}
    rule_ranges = []
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), '')
        if not name or name.startswith('HANGUL SYLLABLE '):
            continue
        prefix = next((p for p in RULE_PREFIXES if name.startswith(p)), None)
        if prefix:
            if rule_ranges and rule_ranges[-1][0] == prefix and rule_ranges[-1][2] == cp - 1:
                rule_ranges[-1][2] = cp
            else:
                rule_ranges.append([prefix, cp, cp])
            continue
        names[name] = cp
    kept = 0
    for alias, cp in parse_aliases():
        try:
            ok = unicodedata.lookup(alias) == chr(cp)
        except KeyError:
            ok = False
        if ok and alias not in names:
            names[alias] = cp
            kept += 1
    entries = []
    prev = ''
    for name in sorted(names):
        k = 0
        while k < min(len(prev), len(name)) and prev[k] == name[k]:
            k += 1
        entries.append(chr(33 + k) + name[k:] + ';%X\n' % names[name])
        prev = name
    data = ''.join(entries)

    def c_string(s):
        out = []
        for ch in s:
            if ch in '"\\?':
                out.append('\\%03o' % ord(ch))
            elif ch == '\n':
                out.append('\\n"\n"')
            else:
                out.append(ch)
        return '"' + ''.join(out) + '"'

    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'unicode_names_data.inc'), 'w') as f:
        f.write('/* unicode_names_data.inc: generated by gen_unicode_names.py from CPython %s\'s\n'
                ' * unicodedata (Unicode %s): %d names and aliases; do not edit. */\n'
                % ('.'.join(map(str, sys.version_info[:3])), unicodedata.unidata_version, len(names)))
        f.write('static const RuleRange rule_ranges[] = {\n')
        for prefix, first, last in rule_ranges:
            f.write('    {"%s", 0x%X, 0x%X},\n' % (prefix, first, last))
        f.write('};\n\nstatic const char name_table[] =\n%s;\n' % c_string(data))
    print(len(names), 'names,', kept, 'aliases,', len(rule_ranges), 'ranges,', len(data), 'bytes')


main()
