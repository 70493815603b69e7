# A script that does not exist: the message and status 2.
$PY no_such_script.py; echo "status $?"
