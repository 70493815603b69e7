# 10,000 nested parentheses: a SyntaxError, not a crash.
awk 'BEGIN { for (i = 0; i < 10000; i++) printf "("; printf "1"; for (i = 0; i < 10000; i++) printf ")"; print "" }' > deep.py
$PY deep.py > out 2>&1; echo "status $?"
tail -1 out
