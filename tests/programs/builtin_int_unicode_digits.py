print(int("٣"), int("١٢٣"), int("  ٤٥  "), int("۷"), int("१०"))
print(float("١.٥"), float("٣"), int("１２"), float("１.５"))
print(int("٣") + 1, "٣".isdigit(), "١٢".isdigit())
