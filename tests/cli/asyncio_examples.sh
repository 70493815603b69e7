# The examples in examples/asyncio: their measurements vary from run to run,
# what they print around them does not.
ex=$(cd "$(dirname "$0")/../../examples/asyncio" && pwd)
cd "$ex" || exit 1
mask() { sed -E 's/[0-9]+(\.[0-9]+)?/N/g'; }
for name in sequential_vs_concurrent create_task_vs_await echo_server; do
    $PY "$name.py" | grep -v '^starting ' | mask; echo "$name: status $?"
done
$PY blocking_pitfall.py 2>/dev/null | mask; echo "blocking_pitfall: status $?"
$PY selectors_compare.py | sed -n 1,3p | mask; echo "selectors_compare: status $?"
