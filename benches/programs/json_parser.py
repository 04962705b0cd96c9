# A JSON parser written the way a Python user writes one: a Tokenizer class
# scanning the text character by character into Token objects, a Parser
# class doing recursive descent into dicts, lists, strs, ints, floats,
# bools and None, and a ParseError(Exception) subclass carrying the
# position, raised for malformed input and caught around each parse. Six
# generated documents and six malformed ones are parsed in turn, n parses
# in all; each parsed value is folded into a checksum (lengths, item
# counts, numbers times four: the generated floats are quarters, exact in
# every twin).
import sys

RECORDS = 20
QUARTERS = ["0", "25", "5", "75"]
LITERALS = {"true": True, "false": False, "null": None}


class ParseError(Exception):
    def __init__(self, message, position):
        super().__init__(f"{message} at {position}")
        self.position = position


class Token:
    def __init__(self, kind, value, position):
        self.kind = kind
        self.value = value
        self.position = position


class Tokenizer:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def next_token(self):
        text = self.text
        n = len(text)
        pos = self.pos
        while pos < n and text[pos] in " \t\r\n":
            pos += 1
        self.pos = pos
        if pos >= n:
            return Token("eof", None, pos)
        c = text[pos]
        if c in "{}[]:,":
            self.pos = pos + 1
            return Token(c, c, pos)
        if c == '"':
            return self.read_string()
        if c == "-" or c.isdigit():
            return self.read_number()
        if c.isalpha():
            return self.read_word()
        raise ParseError(f"unexpected character '{c}'", pos)

    def read_string(self):
        text = self.text
        n = len(text)
        start = self.pos
        pos = start + 1
        chars = []
        while True:
            if pos >= n:
                raise ParseError("unterminated string", start)
            c = text[pos]
            if c == '"':
                break
            if c == "\\":
                pos += 1
                if pos >= n:
                    raise ParseError("unterminated string", start)
                escape = text[pos]
                if escape == "n":
                    chars.append("\n")
                elif escape == "t":
                    chars.append("\t")
                elif escape in '"\\/':
                    chars.append(escape)
                else:
                    raise ParseError(f"bad escape '{escape}'", pos - 1)
            else:
                chars.append(c)
            pos += 1
        self.pos = pos + 1
        return Token("string", "".join(chars), start)

    def read_number(self):
        text = self.text
        n = len(text)
        start = self.pos
        pos = start
        if text[pos] == "-":
            pos += 1
        digits = pos
        while pos < n and text[pos].isdigit():
            pos += 1
        if pos == digits:
            raise ParseError("bad number", start)
        is_float = False
        if pos < n and text[pos] == ".":
            is_float = True
            pos += 1
            digits = pos
            while pos < n and text[pos].isdigit():
                pos += 1
            if pos == digits:
                raise ParseError("bad number", start)
        self.pos = pos
        literal = text[start:pos]
        if is_float:
            return Token("number", float(literal), start)
        return Token("number", int(literal), start)

    def read_word(self):
        text = self.text
        n = len(text)
        start = self.pos
        pos = start
        while pos < n and text[pos].isalpha():
            pos += 1
        word = text[start:pos]
        if word not in LITERALS:
            raise ParseError(f"unknown literal '{word}'", start)
        self.pos = pos
        return Token("literal", LITERALS[word], start)


class Parser:
    def __init__(self, text):
        self.tokenizer = Tokenizer(text)
        self.token = self.tokenizer.next_token()

    def advance(self):
        token = self.token
        self.token = self.tokenizer.next_token()
        return token

    def expect(self, kind):
        if self.token.kind != kind:
            raise ParseError(f"expected '{kind}' but found '{self.token.kind}'", self.token.position)
        return self.advance()

    def parse(self):
        value = self.parse_value()
        if self.token.kind != "eof":
            raise ParseError("trailing data", self.token.position)
        return value

    def parse_value(self):
        kind = self.token.kind
        if kind == "{":
            return self.parse_object()
        if kind == "[":
            return self.parse_array()
        if kind == "string" or kind == "number" or kind == "literal":
            return self.advance().value
        if kind == "eof":
            raise ParseError("unexpected end of input", self.token.position)
        raise ParseError(f"unexpected '{kind}'", self.token.position)

    def parse_object(self):
        self.expect("{")
        result = {}
        if self.token.kind == "}":
            self.advance()
            return result
        while True:
            key = self.expect("string").value
            self.expect(":")
            result[key] = self.parse_value()
            if self.token.kind == ",":
                self.advance()
            else:
                self.expect("}")
                return result

    def parse_array(self):
        self.expect("[")
        result = []
        if self.token.kind == "]":
            self.advance()
            return result
        while True:
            result.append(self.parse_value())
            if self.token.kind == ",":
                self.advance()
            else:
                self.expect("]")
                return result


def checksum(value):
    if isinstance(value, dict):
        total = len(value)
        for key, item in value.items():
            total += len(key) + checksum(item)
        return total
    if isinstance(value, list):
        total = len(value)
        for item in value:
            total += checksum(item)
        return total
    if isinstance(value, str):
        return len(value)
    if value is None or value is False:
        return 0
    if value is True:
        return 1
    return int(value * 4)


def make_document(seed, count):
    records = []
    for i in range(count):
        seed = seed * 16807 % 2147483647
        q = seed % 40000 - 20000
        sign = "-" if q < 0 else ""
        price = f"{sign}{abs(q) // 4}.{QUARTERS[abs(q) % 4]}"
        tags = ", ".join([f'"tag{(seed // 7 + k) % 13}"' for k in range(seed % 5)])
        active = "true" if seed % 3 == 0 else "false"
        parent = "null" if i == 0 else str(i - 1)
        records.append(
            f'    {{"id": {i}, "name": "item \\"{seed % 1000}\\"\\tx", "price": {price}, '
            f'"tags": [{tags}], "active": {active}, "parent": {parent},\n'
            f'     "size": {{"w": {seed % 17}, "h": {seed % 23}, "ratio": -{seed % 9}.5, "unit": "cm"}}}}'
        )
    body = ",\n".join(records)
    return f'{{"version": 1, "seed": {seed % 100000},\n  "records": [\n{body}\n  ],\n  "empty": {{}}, "none": []}}\n'


def main(n):
    documents = [make_document(seed, RECORDS) for seed in range(1, 7)]
    malformed = [
        documents[0][: len(documents[0]) // 2],
        '{"a": [1, 2, tru]}',
        '{"a": "abc',
        "[1 2]",
        '{"a": 1,}',
        '{"a": @}',
    ]
    for text in malformed:
        try:
            Parser(text).parse()
        except ParseError as e:
            print(e)
    inputs = documents + malformed
    total = 0
    parsed = 0
    errors = 0
    error_positions = 0
    for i in range(n):
        text = inputs[i % len(inputs)]
        try:
            value = Parser(text).parse()
        except ParseError as e:
            errors += 1
            error_positions += e.position
        else:
            parsed += 1
            total += checksum(value)
    print(f"{parsed} parsed, {errors} errors at {error_positions}, checksum {total}")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 120)
