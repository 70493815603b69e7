# A shopping receipt: prices in integer cents to avoid float error, discounts, tax, formatting.
CATALOG = {"apple": 45, "bread": 299, "cheese": 749, "milk": 129, "coffee": 1099, "eggs": 319}
def money(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"
def price_cart(cart, coupons):
    lines, subtotal = [], 0
    for item, qty in cart:
        if item not in CATALOG:
            lines.append((f"{item} (unknown, skipped)", 0))
            continue
        cost = CATALOG[item] * qty
        subtotal += cost
        lines.append((f"{item} x{qty} @ {money(CATALOG[item])}", cost))
    discount = 0
    for code in coupons:
        if code == "TENOFF" and subtotal >= 2000:
            discount += subtotal // 10
        elif code.startswith("ITEM:"):
            item = code[5:]
            qty = sum([q for i, q in cart if i == item])
            discount += (qty // 3) * CATALOG.get(item, 0)
        else:
            lines.append((f"coupon {code!r} not applicable", 0))
    taxable = subtotal - discount
    tax = (taxable * 825 + 5000) // 10000
    return lines, subtotal, discount, tax, taxable + tax
cart = [("apple", 7), ("bread", 2), ("cheese", 1), ("milk", 3), ("caviar", 1), ("coffee", 2), ("eggs", 1)]
lines, subtotal, discount, tax, total = price_cart(cart, ["TENOFF", "ITEM:apple", "BOGUS"])
width = 44
print("RECEIPT".center(width, "="))
for text, cents in lines:
    print(f"{text:<{width - 12}}{money(cents) if cents else '':>12}")
print("-" * width)
for label, cents in (("Subtotal", subtotal), ("Discounts", -discount), ("Tax 8.25%", tax), ("TOTAL", total)):
    print(f"{label:<{width - 12}}{money(cents):>12}")
print("=" * width)
print(money(0), money(5), money(100000000), money(-1999))
paid = 10000
change = paid - total
print("paid", money(paid), "change", money(change))
for coin in (2000, 1000, 500, 100, 25, 10, 5, 1):
    count, change = divmod(change, coin)
    if count:
        print(f"  {count} x {money(coin)}")
print(sum([0.1] * 3) == 0.3, sum([10] * 3) == 30, round(0.1 + 0.2, 2))
