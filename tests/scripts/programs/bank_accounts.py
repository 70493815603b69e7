# Bank account simulation with dicts and exceptions for invalid operations.
accounts = {}

log = []

def open_account(owner, initial=0):
    if owner in accounts:
        raise ValueError(f"account for {owner} already exists")
    if initial < 0:
        raise ValueError("initial deposit must be non-negative")
    accounts[owner] = {"balance": initial, "history": [("open", initial)]}

def deposit(owner, amount):
    if amount <= 0:
        raise ValueError(f"deposit must be positive, got {amount}")
    acct = accounts[owner]
    acct["balance"] += amount
    acct["history"].append(("deposit", amount))

def withdraw(owner, amount):
    acct = accounts[owner]
    if amount > acct["balance"]:
        raise RuntimeError(f"insufficient funds: {owner} has {acct['balance']}, needs {amount}")
    acct["balance"] -= amount
    acct["history"].append(("withdraw", amount))

def transfer(src, dst, amount):
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except Exception:
        deposit(src, amount)
        raise

operations = [
    (open_account, "alice", 100), (open_account, "bob"), (deposit, "bob", 50),
    (withdraw, "alice", 30), (transfer, "alice", "bob", 50), (withdraw, "bob", 500),
    (deposit, "carol", 10), (open_account, "alice"), (deposit, "alice", -5),
    (transfer, "bob", "dave", 20), (open_account, "carol", -1), (transfer, "bob", "alice", 100),
]
for op, *args in operations:
    try:
        op(*args)
        status = "ok"
    except KeyError as e:
        status = f"no such account {e}"
    except (ValueError, RuntimeError) as e:
        status = f"{type(e).__name__}: {e}"
    log.append(status)
    print(f"{op.__name__:<13}{str(args):<24}{status}")
print()
for owner in sorted(accounts):
    acct = accounts[owner]
    print(f"{owner:>6}: balance {acct['balance']:>6.2f}")
    for kind, amount in acct["history"]:
        print(f"{'':8}{kind:<9}{amount:>5}")
failures = [s for s in log if s != "ok"]
print(len(failures), "failed operations of", len(log))
