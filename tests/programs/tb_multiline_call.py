class Box:
    def open(self, key):
        return {"k": 1}[key]


box = Box()
print(box.open("k"))
value = (box
         .open("missing"))
