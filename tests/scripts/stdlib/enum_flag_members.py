# A Flag lists and iterates only its single-bit members (3.11): zero and
# multi-bit members stay reachable by name and value, and aliases stay aliases.
import enum


class Perm(enum.Flag):
    NONE = 0
    R = 4
    W = 2
    X = 1
    RWX = 7
    READ = 4


print(list(Perm), len(Perm), list(reversed(Perm)), Perm._member_names_)
print(list(Perm.__members__), Perm['RWX'], Perm(0), Perm(6), Perm.READ is Perm.R)
print(list(Perm.RWX), Perm.NONE, bool(Perm.NONE), Perm(7) is Perm.RWX)


class Color(enum.IntFlag):
    RED = 1
    GREEN = 2
    YELLOW = 3
    BLUE = 4


print(list(Color), len(Color), Color(3), Color.YELLOW, Color(5), repr(Color(0)))


class Plain(enum.Enum):
    A = 0
    B = 3
    C = 0


print(list(Plain), Plain.C is Plain.A, len(Plain))
