samples = ["tab\there", "new\nline", "cr\rret", "back\\slash", "nul\x00", "bell\x07", "esc\x1b[0m",
           "del\x7f", "\x1f", " ", "~", "é", "ü", "日本", "☺", "\U0001F600", "\x80", "\x9f", "\xa0", "\xad",
           "\u200b", "\u2028", "\ufeff", "\u00ff", "\u0100", "a\u0301", "\\n", "\v\f"]
for s in samples:
    print(repr(s), len(s))
print(samples[:5])
print({"key\n": ["\t"]}, ("\x00",))
print("visible:", "tab\there", "é☺")
print(repr("mixed 'quote' and \\ and \n"))
print(ord("\u00e9"), ord("\x41"), "\101\102", "\u00b0", len("\U0001F600"))
