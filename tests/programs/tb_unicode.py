# -*- coding: utf-8 -*-
prix = {"café": 2.5, "thé": 1.8}
print(prix["café"])
total = prix["café"] + prix["chocolat"]
