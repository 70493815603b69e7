# The examples in examples/ that print the same thing every run.
ex=$(cd "$(dirname "$0")/../../examples" && pwd)
$PY "$ex/hello.py"; echo "hello: status $?"
$PY "$ex/countdown.py" 1000 | sed 's/took [0-9.]* s/took T s/'; echo "countdown: status $?"
# examples/gil: the numbers vary from run to run; what they print around them does not
$PY "$ex/gil/cpu_threads.py" 200000 | grep -v "the workers ran" | sed -E "s/[0-9]+\.[0-9]+/N/g"; echo "cpu_threads: status $?"
$PY "$ex/processes/threads_vs_processes.py" 40000 | sed -E "s/[0-9]+\.[0-9]+/N/g; s/^[0-9]+ cores/N cores/"; echo "threads_vs_processes: status $?"
