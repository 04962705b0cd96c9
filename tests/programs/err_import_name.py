from sys import nothing
