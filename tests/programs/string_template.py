import string
t = string.Template('$who likes $what; ${who}s pay $$10')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid())
print(t.substitute({'who': 'a', 'what': 'b'}), t.substitute({'who': 'a', 'what': 'b'}, what='c'))
for f in [lambda: t.substitute(who='a'), lambda: string.Template('bad $ here').substitute(), lambda: string.Template('a\nb ${x').substitute(x=1), lambda: string.Template('$1').substitute()]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(string.Template('bad $ here').safe_substitute(), string.Template('bad $ here').is_valid(), string.Template('$a $1 ${b}').get_identifiers())
class P(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+_[a-z]+'
print(P('%who_am %x %%').safe_substitute(who_am='me'), repr(string.Template('x').template))
print(string.capwords(' hello   world  '), string.capwords('a-b-c', '-'), string.Template.delimiter)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation, len(string.printable))
report = string.Template("Dear $name,\nyour balance is $$${amount}.\n")
for name, amount in [("Ada", 10), ("Linus", 25.5)]:
    print(report.substitute(name=name, amount=amount), end="")
