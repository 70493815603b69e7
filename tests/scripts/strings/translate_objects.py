# str.translate with a user-defined table (__getitem__, LookupError keeps the character).
class Upper:
    def __getitem__(self, k):
        if k == ord("z"):
            raise LookupError
        return chr(k).upper()
print("xyz abc".translate(Upper()))
