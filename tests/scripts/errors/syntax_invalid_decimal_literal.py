# A number immediately followed by a name.
total = 12abc + 3
