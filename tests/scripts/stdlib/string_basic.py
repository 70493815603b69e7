import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), repr(string.printable))
print(string.capwords("hello   world  foo"), string.capwords("a-b-c", "-"))
print(string.capwords("  ALL caps here "))
t = string.Template("$who likes ${what}; costs $$5 $who")
print(t.substitute(who="tim", what="ham"))
print(t.substitute({"who": "ann", "what": "eggs"}, what="jam"))
print(string.Template("$a and $b").safe_substitute(a=1))
print(string.Template("${a} $ x").safe_substitute(a=1))
try:
    string.Template("$a").substitute()
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("ab\ncd $ x").substitute()
except ValueError as e:
    print("ValueError", e)
print(t.get_identifiers(), t.is_valid(), string.Template("$").is_valid())
print(t.template)
