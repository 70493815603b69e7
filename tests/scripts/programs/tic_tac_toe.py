# Tic-tac-toe: winner detection, board printing and a perfect-play minimax search.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return "draw" if " " not in board else None
def show(board):
    rows = [" | ".join(board[r * 3:r * 3 + 3]) for r in range(3)]
    print("\n---------\n".join(rows))
memo = {}
def minimax(board, player):
    key = (board, player)
    if key in memo:
        return memo[key]
    result = winner(board)
    if result is not None:
        score = {"X": 1, "O": -1, "draw": 0}[result]
        memo[key] = (score, None)
        return memo[key]
    best = None
    for i, cell in enumerate(board):
        if cell == " ":
            nxt = board[:i] + player + board[i + 1:]
            score, _ = minimax(nxt, "O" if player == "X" else "X")
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
    memo[key] = best
    return best
games = ["XXXOO    ", "XOXOXOOXO", "XOXXOOOXX", "O  XO X O", "         "]
for g in games:
    print(repr(g), "->", winner(g))
board = " " * 9
player = "X"
moves = []
while winner(board) is None:
    _, move = minimax(board, player)
    moves.append(move)
    board = board[:move] + player + board[move + 1:]
    player = "O" if player == "X" else "X"
show(board)
print("moves:", moves, "result:", winner(board))
print("positions evaluated:", len(memo))
print("value of empty board:", minimax(" " * 9, "X")[0])
print("O to move after X takes two corners:", minimax("X   O   X", "O"))
