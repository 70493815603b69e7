# The examples in examples/ that print the same thing every run.
ex=$(cd "$(dirname "$0")/../../examples" && pwd)
$PY "$ex/hello.py"; echo "hello: status $?"
$PY "$ex/countdown.py" 1000 | sed 's/took [0-9.]* s/took T s/'; echo "countdown: status $?"
