# Mutual recursion under a small recursion limit: alternating frames are not collapsed.
import sys
sys.setrecursionlimit(30)
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
ping(0)
