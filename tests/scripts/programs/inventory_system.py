# Inventory management with nested dicts, sets and validation errors.
inventory = {}
def add_item(sku, name, qty, price, tags=()):
    if sku in inventory:
        raise KeyError(f"duplicate sku {sku}")
    if qty < 0 or price <= 0:
        raise ValueError(f"bad quantity/price for {sku}: {qty}, {price}")
    inventory[sku] = {"name": name, "qty": qty, "price": price, "tags": set(tags)}
def restock(sku, qty):
    inventory[sku]["qty"] += qty
def sell(sku, qty):
    item = inventory[sku]
    if item["qty"] < qty:
        raise ValueError(f"only {item['qty']} of {item['name']} left")
    item["qty"] -= qty
    return qty * item["price"]
def report():
    print(f"{'SKU':<6}{'Name':<12}{'Qty':>5}{'Price':>8}{'Value':>10}  Tags")
    for sku in sorted(inventory):
        it = inventory[sku]
        print(f"{sku:<6}{it['name']:<12}{it['qty']:>5}{it['price']:>8.2f}{it['qty'] * it['price']:>10.2f}  {', '.join(sorted(it['tags']))}")
    total = sum([it["qty"] * it["price"] for it in inventory.values()])
    print(f"{'':<31}{total:>10.2f}")
add_item("A100", "hammer", 10, 12.5, ["tools", "metal"])
add_item("A200", "screws", 500, 0.05, ["metal", "small"])
add_item("B100", "glue", 25, 3.99, ["adhesive"])
add_item("C300", "ladder", 2, 89.0, ["tools", "large"])
report()
revenue = 0
for sku, qty in [("A100", 3), ("A200", 120), ("C300", 5), ("Z999", 1), ("B100", 25)]:
    try:
        revenue += sell(sku, qty)
        print(f"sold {qty} x {sku}")
    except KeyError as e:
        print("unknown sku", e)
    except ValueError as e:
        print("cannot sell:", e)
print(f"revenue: {revenue:.2f}")
for args in [("A100", "dup", 1, 1.0), ("D1", "bad", -1, 1.0), ("D2", "free", 1, 0)]:
    try:
        add_item(*args)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
restock("B100", 40)
report()
by_tag = {}
for sku, it in inventory.items():
    for tag in it["tags"]:
        by_tag.setdefault(tag, []).append(sku)
print({t: sorted(s) for t, s in sorted(by_tag.items())})
print("out of stock:", [s for s, it in inventory.items() if it["qty"] == 0])
print("tools & metal:", sorted([s for s, it in inventory.items() if {"tools", "metal"} <= it["tags"]]))
