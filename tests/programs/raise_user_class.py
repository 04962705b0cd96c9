class AppError(Exception):
    pass

class ParseError(AppError):
    def __init__(self, line, what):
        super().__init__(f"line {line}: {what}")
        self.line = line

e = ParseError(3, "bad token")
print(e.line, e.args, str(e), repr(e))
print(isinstance(e, AppError), isinstance(e, Exception), isinstance(e, ValueError))
raise ParseError(7, "unexpected end")
