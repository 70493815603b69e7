# Two expressions side by side inside a list: "Perhaps you forgot a comma?".
items = ["a" "b", "c" "d" 3]
print(items)
