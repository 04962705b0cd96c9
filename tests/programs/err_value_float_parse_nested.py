def parse(field):
    return float(field)
def parse_row(row):
    return [parse(f) for f in row.split(",")]
print(parse_row("1.5,2,3e2"))
print(parse_row("1.0,n/a,2"))
