# Tabs used consistently as indentation are fine; a tab counts to the next multiple of 8.
def f(n):
	if n > 0:
		return 'positive'
	else:
		return 'not positive'

print(f(1), f(0))
for i in range(3):
	if i:
		print('tab', i)
	else:
		print('zero')
x = [
	1,
		2,
  3]
print(x)
print('	inside a string the tab stays', repr('	'))
