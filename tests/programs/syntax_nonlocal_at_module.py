print("before")
nonlocal counter
counter = 1
