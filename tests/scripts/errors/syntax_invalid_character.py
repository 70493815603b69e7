# A character that cannot start a token.
x = 5
y = x € 2
