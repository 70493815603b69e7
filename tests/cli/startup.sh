# PYTHONSTARTUP: run in __main__ before the first prompt (not with -c, not
# with -E), errors printed, SystemExit ends the session, __file__ only
# while it runs.
echo 'x_startup = 5; print("startup ran", __file__.endswith("st.py"))' > st.py
echo 'raise ValueError("in startup")' > st2.py
echo 'import sys; sys.exit(4)' > st3.py
echo 'x_startup' | PYTHONSTARTUP=$PWD/st.py $PY -qi 2>&1; echo "status $?"
echo 'x_startup' | PYTHONSTARTUP=$PWD/st.py $PY -qi -c 'pass' 2>&1; echo "status $?"
echo 'x_startup' | PYTHONSTARTUP=$PWD/st.py $PY -qiE 2>&1; echo "status $?"
echo 'print(2)' | PYTHONSTARTUP=$PWD/st2.py $PY -qi 2>&1; echo "status $?"
echo 'print(3)' | PYTHONSTARTUP=$PWD/nonexist.py $PY -qi 2>&1; echo "status $?"
echo 'print(3)' | PYTHONSTARTUP=$PWD/st3.py $PY -qi 2>&1; echo "status $?"
echo 'print(__file__)' | PYTHONSTARTUP=$PWD/st.py $PY -qi 2>&1; echo "status $?"
