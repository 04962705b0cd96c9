def f(x):
	if x:
		return 'tab'
	return 'no'
print(f(1), f(0))
if True:
        print('eight spaces')
