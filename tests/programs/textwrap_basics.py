# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper's options, as CPython 3.11 wraps ordinary text.
import textwrap

text = "The quick brown fox jumps over the lazy dog; a well-known pangram used by type-setters and font designers everywhere since the nineteenth century."
for w in (10, 20, 35, 70):
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, 40), "|", textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten("Hello world!", width=11))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10), textwrap.wrap("abc", 1), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("a\tb\nc  d", 5), textwrap.wrap("one two three four five six", 12, max_lines=2))
print(textwrap.wrap("Hello there. How are you? Fine.", 12, fix_sentence_endings=True), textwrap.wrap("x " * 5, 3, drop_whitespace=False))
print(repr(textwrap.dedent("""
    def f():
        return 1

      odd
    """)), repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("    x\n   \n    y")))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\nb", "+", lambda line: True)))
tw = textwrap.TextWrapper(width=15, break_long_words=False)
print(tw.wrap("short averyveryverylongword end"), textwrap.wrap("e-mail and high-quality stuff", 8))

