# `match` and `case` are soft keywords: ordinary names everywhere but at
# the start of a match statement.
match = 3
print(match)
match += 1
print(match)
match = [1, 2, 3]
print(match[0], match[-1])
match[1] = 9
print(match)
match, case = 5, 6
print(match, case)
match: int = 7
print(match)
print([match for match in range(3)])
print({"match": 1}["match"])


def match(x):
    return x * 2


print(match(4))
print(match (5))


def case(x):
    return -x


print(case(1))


class Matcher:
    def match(self, text):
        return "matched " + text

    case = "a case attribute"


m = Matcher()
print(m.match("x"), m.case, Matcher.case)

# Statements that start with `match` but are expressions.
match(1)
match (2) + 1
print(-match(3))

# And real match statements whose subject is named match or case.
x = 2
match x:
    case 2:
        print("two")
match (x):
    case 2:
        print("parenthesized subject")
match x, 3:
    case (2, 3):
        print("tuple subject without parentheses")
match -x:
    case -2:
        print("negated subject")
match = "m"
match match:
    case "m":
        print("subject named match")
case = "c"
match case:
    case "c":
        print("subject named case")
match {"match": 1, "case": 2}:
    case {"match": match, "case": case}:
        print("captured", match, case)
print(match, case)
