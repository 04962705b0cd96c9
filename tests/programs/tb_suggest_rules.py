# CPython's rules for suggestions, each case one exception of a chain (a
# report prints every one): a change of case costs less, long names and
# far names get nothing, the locals win over the globals and those over
# the built-ins, dir() of a class and of a module.
import math

Value = 1
values_total = 2
abcdefghijklmnopqrstuvwxyz_abcdefghijklmnopqrstuvwxyz = 3


class Shape:
    sides = 4

    def area(self):
        return 0


def chain():
    value = 5
    try:
        valeu
    except NameError:
        try:
            VALUE
        except NameError:
            try:
                abcdefghijklmnopqrstuvwxyz_abcdefghijklmnopqrstuvwxy
            except NameError:
                try:
                    zzzz
                except NameError:
                    try:
                        Shape.sieds
                    except AttributeError:
                        try:
                            math.flor
                        except AttributeError:
                            try:
                                rnage
                            except NameError:
                                try:
                                    Shape().aera()
                                except AttributeError:
                                    [].sortt()


total = 0
for i in range(1200):
    try:
        Shape().side
    except AttributeError:
        total += 1
print(total)
chain()
