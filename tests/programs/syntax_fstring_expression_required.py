print(f"{=}")
