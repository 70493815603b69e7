# Parse CSV-like text by hand (quoted fields, escaped quotes), aggregate and report.
RAW = '''date,region,product,units,unit_price,note
2024-01-03,North,"Widget, large",12,9.99,""
2024-01-03,South,Gadget,5,24.50,"rush order"
2024-01-04,North,Gadget,7,24.50,"said ""thanks"""
2024-01-05,East,"Widget, large",20,9.99,
2024-01-05,North,Doohickey,1,120.00,"fragile, handle with care"
2024-01-06,South,"Widget, large",3,9.99,""
bad line without enough fields
2024-01-07,East,Gadget,x,24.50,"units not a number"
'''
def parse_line(line):
    fields, field, quoted, i = [], "", False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and line[i + 1:i + 2] == '"':
                field += '"'
                i += 1
            elif ch == '"':
                quoted = False
            else:
                field += ch
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append(field)
            field = ""
        else:
            field += ch
        i += 1
    fields.append(field)
    return fields
lines = RAW.strip().split("\n")
header = parse_line(lines[0])
records, errors = [], []
for lineno, line in enumerate(lines[1:], 2):
    fields = parse_line(line)
    if len(fields) != len(header):
        errors.append(f"line {lineno}: expected {len(header)} fields, got {len(fields)}")
        continue
    rec = dict(zip(header, fields))
    try:
        rec["units"] = int(rec["units"])
        rec["unit_price"] = float(rec["unit_price"])
    except ValueError as e:
        errors.append(f"line {lineno}: {e}")
        continue
    records.append(rec)
print(header)
for r in records:
    print(r)
print("errors:", *errors, sep="\n  ")
totals = {}
for r in records:
    key = (r["region"], r["product"])
    units, revenue = totals.get(key, (0, 0.0))
    totals[key] = (units + r["units"], revenue + r["units"] * r["unit_price"])
print(f"{'region':<7}{'product':<15}{'units':>6}{'revenue':>10}")
for (region, product), (units, revenue) in sorted(totals.items()):
    print(f"{region:<7}{product:<15}{units:>6}{revenue:>10.2f}")
notes = [r["note"] for r in records if r["note"]]
print(notes)
