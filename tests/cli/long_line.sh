# A 50 MB source line: a long string literal assigned and measured.
awk 'BEGIN { printf "s = \""; for (i = 0; i < 5000000; i++) printf "abcdefghij"; print "\""; print "print(len(s))" }' > long.py
$PY long.py; echo "status $?"
