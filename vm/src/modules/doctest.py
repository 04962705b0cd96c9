# `doctest`, written in Python as CPython's is, and cut from CPython
# 3.11's Lib/doctest.py: `testmod()` finds the docstrings of the main
# module, its functions and classes (and theirs) as DocTestFinder does,
# parses their examples as DocTestParser does (the same rules, written
# without `re`), runs each in a copy of the module's globals as CPython's
# "single" mode does (natives: `_new_globs`, `_run_example`), compares
# the output as OutputChecker does (with the option flags), and prints
# DocTestRunner's reports and summary.
#
# Not here: `testfile`, `run_docstring_examples`, `DocTestSuite`, the
# classes as a public API, `m=` other than the main module, `sys.modules`
# lookups, the debugger options. Each is refused by name.

import collections as _collections
import sys as _sys

__all__ = ['testmod', 'TestResults', 'OPTIONFLAGS_BY_NAME', 'ELLIPSIS', 'NORMALIZE_WHITESPACE',
           'IGNORE_EXCEPTION_DETAIL', 'SKIP', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
           'REPORT_ONLY_FIRST_FAILURE', 'FAIL_FAST']

TestResults = _collections.namedtuple('TestResults', 'failed attempted')

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'
DIVIDER = "*" * 70


def _indent(s, indent=4):
    # re.sub('(?m)^(?!$)', indent*' ', s): every line that is not empty.
    lines = s.split('\n')
    return '\n'.join([(' ' * indent + line) if line else line for line in lines])


def _is_blank(line):
    return line.strip(' ') == ''


def _leading_spaces(line):
    n = 0
    while n < len(line) and line[n] == ' ':
        n += 1
    return n


def _is_word_char(c):
    return c.isalnum() or c == '_'


class Example:
    def __init__(self, source, want, exc_msg, lineno, indent, options):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = options
        self.exc_msg = exc_msg


class DocTest:
    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples = examples
        self.docstring = docstring
        self.globs = globs
        self.name = name
        self.filename = filename
        self.lineno = lineno


def _min_indent(lines):
    indents = [_leading_spaces(line) for line in lines if line.strip()]
    return min(indents) if indents else 0


def _exception_msg(want):
    # _EXCEPTION_RE: a "Traceback (most recent call last):" (or
    # "innermost last") header line, then the message from the first line
    # that starts with a word character.
    lines = want.split('\n')
    header = lines[0].rstrip()
    if header not in ('Traceback (most recent call last):', 'Traceback (innermost last):'):
        return None
    if lines[0][len(header):].strip():
        return None
    for i in range(1, len(lines)):
        if lines[i] and _is_word_char(lines[i][0]):
            return '\n'.join(lines[i:])
    return None


def _find_options(source, name, lineno):
    # _OPTION_DIRECTIVE_RE: `#\s*doctest:\s*([^\n'"]*)$` on any line.
    options = {}
    for line in source.split('\n'):
        at = line.find('#')
        while at >= 0:
            rest = line[at + 1:].lstrip()
            if rest.startswith('doctest:'):
                flags = rest[len('doctest:'):].lstrip()
                if "'" not in flags and '"' not in flags:
                    for option in flags.replace(',', ' ').split():
                        if (option[0] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME):
                            raise ValueError('line %r of the doctest for %s '
                                             'has an invalid option: %r' %
                                             (lineno + 1, name, option))
                        flag = OPTIONFLAGS_BY_NAME[option[1:]]
                        options[flag] = (option[0] == '+')
                    break
            at = line.find('#', at + 1)
    if options and _is_blank(''.join([l for l in source.split('\n') if not l.lstrip().startswith('#')])):
        raise ValueError('line %r of the doctest for %s has an option '
                         'directive on a line with no example: %r' %
                         (lineno, name, source))
    return options


def _check_prompt_blank(lines, indent, name, lineno):
    for i, line in enumerate(lines):
        if len(line) >= indent + 4 and line[indent + 3] != ' ':
            raise ValueError('line %r of the docstring for %s '
                             'lacks blank after %s: %r' %
                             (lineno + i + 1, name,
                              line[indent:indent + 3], line))


def _check_prefix(lines, prefix, name, lineno):
    for i, line in enumerate(lines):
        if line and not line.startswith(prefix):
            raise ValueError('line %r of the docstring for %s has '
                             'inconsistent leading whitespace: %r' %
                             (lineno + i + 1, name, line))


def _parse(string, name):
    """DocTestParser.parse's examples (the text between them dropped)."""
    string = string.expandtabs()
    lines = string.split('\n')
    min_indent = _min_indent(lines)
    if min_indent > 0:
        lines = [l[min_indent:] for l in lines]
    examples = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        indent = _leading_spaces(line)
        if not line[indent:].startswith('>>>'):
            i += 1
            continue
        # The source: the PS1 line and the PS2 lines (any indentation
        # before `...`) after it.
        lineno = i
        source_lines = [line]
        i += 1
        while i < n and lines[i].lstrip(' ').startswith('...'):
            source_lines.append(lines[i])
            i += 1
        # The want: the lines up to a blank one or the next PS1 line.
        want_lines = []
        while i < n and not _is_blank(lines[i]) and not lines[i].lstrip(' ').startswith('>>>'):
            want_lines.append(lines[i])
            i += 1
        _check_prompt_blank(source_lines, indent, name, lineno)
        _check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join([sl[indent + 4:] for sl in source_lines])
        _check_prefix(want_lines, ' ' * indent, name, lineno + len(source_lines))
        want = '\n'.join([wl[indent:] for wl in want_lines])
        if want_lines:
            want += '\n'
        exc_msg = _exception_msg(want)
        options = _find_options(source, name, lineno)
        # _IS_BLANK_OR_COMMENT: r'^[ ]*(#.*)?$'
        if '\n' not in source and (_is_blank(source) or source.lstrip(' ').startswith('#')):
            continue
        examples.append(Example(source, want, exc_msg, lineno, indent + min_indent, options))
    return examples


def _ellipsis_match(want, got):
    if ELLIPSIS_MARKER not in want:
        return want == got
    ws = want.split(ELLIPSIS_MARKER)
    assert len(ws) >= 2
    startpos, endpos = 0, len(got)
    w = ws[0]
    if w:
        if got.startswith(w):
            startpos = len(w)
            del ws[0]
        else:
            return False
    w = ws[-1]
    if w:
        if got.endswith(w):
            endpos -= len(w)
            del ws[-1]
        else:
            return False
    if startpos > endpos:
        return False
    for w in ws:
        startpos = got.find(w, startpos, endpos)
        if startpos < 0:
            return False
        startpos += len(w)
    return True


def _strip_blankline_markers(want):
    # re.sub(r'(?m)^<BLANKLINE>\s*?$', '', want)
    lines = want.split('\n')
    out = []
    for line in lines:
        if line.startswith(BLANKLINE_MARKER) and line[len(BLANKLINE_MARKER):].strip() == '':
            out.append('')
        else:
            out.append(line)
    return '\n'.join(out)


def _blank_whitespace_lines(got):
    # re.sub(r'(?m)^[^\S\n]+$', '', got)
    return '\n'.join(['' if (line and line.strip() == '') else line for line in got.split('\n')])


def check_output(want, got, optionflags):
    if got == want:
        return True
    if not (optionflags & DONT_ACCEPT_TRUE_FOR_1):
        if (got, want) == ("True\n", "1\n"):
            return True
        if (got, want) == ("False\n", "0\n"):
            return True
    if not (optionflags & DONT_ACCEPT_BLANKLINE):
        want = _strip_blankline_markers(want)
        got = _blank_whitespace_lines(got)
        if got == want:
            return True
    if optionflags & NORMALIZE_WHITESPACE:
        got = ' '.join(got.split())
        want = ' '.join(want.split())
        if got == want:
            return True
    if optionflags & ELLIPSIS:
        if _ellipsis_match(want, got):
            return True
    return False


def _output_difference(example, got, optionflags):
    want = example.want
    if not (optionflags & DONT_ACCEPT_BLANKLINE):
        # re.sub(r'(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        lines = got.split('\n')
        got = '\n'.join([BLANKLINE_MARKER if (i < len(lines) - 1 and line.strip(' ') == '') else line
                         for i, line in enumerate(lines)])
    if want:
        return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got)) if got else \
            'Expected:\n%sGot nothing\n' % _indent(want)
    elif got:
        return 'Expected nothing\nGot:\n%s' % _indent(got)
    else:
        return 'Expected nothing\nGot nothing\n'


def _exception_only(exc):
    # traceback.format_exception_only(...)[-1]
    t = type(exc)
    stype = t.__qualname__
    smod = getattr(t, '__module__', 'builtins')
    if smod not in ('__main__', 'builtins'):
        stype = smod + '.' + stype
    value = str(exc)
    if not value:
        return '%s\n' % stype
    return '%s: %s\n' % (stype, value)


def _strip_exception_details(msg):
    start, end = 0, len(msg)
    i = msg.find("\n")
    if i >= 0:
        end = i
    i = msg.find(':', 0, end)
    if i >= 0:
        end = i
    i = msg.rfind('.', 0, end)
    if i >= 0:
        start = i + 1
    return msg[start: end]


def _is_routine(obj):
    seen = 0
    while hasattr(obj, '__wrapped__') and seen < 100:
        obj = obj.__wrapped__
        seen += 1
    return type(obj).__name__ in ('function', 'builtin_function_or_method', 'method')


def _from_module(obj):
    if type(obj).__name__ == 'property':
        return True
    try:
        return obj.__module__ == '__main__'
    except (AttributeError, NotImplementedError):
        return False


def _docstring(obj):
    try:
        doc = obj.__doc__
    except (AttributeError, NotImplementedError):
        return ''
    if doc is None:
        return ''
    return doc if isinstance(doc, str) else str(doc)


class _Finder:
    def __init__(self, exclude_empty):
        self.tests = []
        self.seen = set()
        self.exclude_empty = exclude_empty

    def find_module(self, items):
        doc = ''
        for name, val in items:
            if name == '__doc__':
                doc = val if isinstance(val, str) else ''
        self.add(doc, '__main__')
        for valname, val in items:
            if (_is_routine(val) or isinstance(val, type)) and _from_module(val):
                self.find(val, '__main__.' + valname)
        for valname, val in items:
            if valname == '__test__':
                for tname, tval in val.items():
                    if not isinstance(tname, str):
                        raise ValueError("DocTestFinder.find: __test__ keys "
                                         "must be strings: %r" % (type(tname),))
                    if not (isinstance(tval, str) or _is_routine(tval) or isinstance(tval, type)):
                        raise ValueError("DocTestFinder.find: __test__ values "
                                         "must be strings, functions, methods, "
                                         "classes, or modules: %r" % (type(tval),))
                    self.find(tval, '__main__.__test__.' + tname)

    def find(self, obj, name):
        if id(obj) in self.seen:
            return
        self.seen.add(id(obj))
        self.add(obj if isinstance(obj, str) else _docstring(obj), name)
        if isinstance(obj, type):
            for valname, val in obj.__dict__.items():
                if type(val).__name__ in ('staticmethod', 'classmethod'):
                    val = val.__func__
                if ((_is_routine(val) or isinstance(val, type) or type(val).__name__ == 'property')
                        and _from_module(val)):
                    self.find(val, '%s.%s' % (name, valname))

    def add(self, docstring, name):
        if self.exclude_empty and not docstring:
            return
        # The main module has no __file__ here: no file, so no line in it
        # (reports say "Line N" of the docstring, as CPython's do then).
        self.tests.append(DocTest(_parse(docstring, name), None, name, None, None, docstring))


class _Runner:
    def __init__(self, verbose, optionflags):
        self.verbose = verbose
        self.optionflags = optionflags
        self.name2ft = {}

    def run(self, test):
        failures = tries = 0
        original_optionflags = self.optionflags
        SUCCESS, FAILURE, BOOM = range(3)
        for examplenum, example in enumerate(test.examples):
            quiet = (self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0)
            self.optionflags = original_optionflags
            if example.options:
                for (optionflag, val) in example.options.items():
                    if val:
                        self.optionflags |= optionflag
                    else:
                        self.optionflags &= ~optionflag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet and self.verbose:
                if example.want:
                    _out('Trying:\n' + _indent(example.source) + 'Expecting:\n' + _indent(example.want))
                else:
                    _out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')
            filename = '<doctest %s[%d]>' % (test.name, examplenum)
            got, exception = _run_example(example.source, test.globs, filename)
            # _SpoofOut.getvalue: output that does not end a line gets one.
            if got and not got.endswith('\n'):
                got += '\n'
            outcome = FAILURE
            if exception is None:
                if check_output(example.want, got, self.optionflags):
                    outcome = SUCCESS
            else:
                exc_msg = _exception_only(exception)
                if not quiet:
                    got += 'Traceback (most recent call last):\n  ...\n' + exc_msg
                if example.exc_msg is None:
                    outcome = BOOM
                elif check_output(example.exc_msg, exc_msg, self.optionflags):
                    outcome = SUCCESS
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check_output(_strip_exception_details(example.exc_msg),
                                    _strip_exception_details(exc_msg), self.optionflags):
                        outcome = SUCCESS
            if outcome == SUCCESS:
                if not quiet and self.verbose:
                    _out("ok\n")
            elif outcome == FAILURE:
                if not quiet:
                    _out(self.failure_header(test, example) +
                         _output_difference(example, got, self.optionflags))
                failures += 1
            else:
                if not quiet:
                    _out(self.failure_header(test, example) + 'Exception raised:\n' +
                         _indent('Traceback (most recent call last):\n  ...\n' + exc_msg))
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original_optionflags
        f, t = self.name2ft.get(test.name, (0, 0))
        self.name2ft[test.name] = (f + failures, t + tries)
        return TestResults(failures, tries)

    def failure_header(self, test, example):
        out = [DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = None
            out.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            out.append('Line %s, in %s' % (example.lineno + 1, test.name))
        out.append('Failed example:')
        out.append(_indent(example.source))
        return '\n'.join(out)

    def summarize(self, verbose):
        notests = []
        passed = []
        failed = []
        totalt = totalf = 0
        for name, (f, t) in self.name2ft.items():
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), "items had no tests:")
                notests.sort()
                for thing in notests:
                    print("   ", thing)
            if passed:
                print(len(passed), "items passed all tests:")
                passed.sort()
                for thing, count in passed:
                    print(" %3d tests in %s" % (count, thing))
        if failed:
            print(DIVIDER)
            print(len(failed), "items had failures:")
            failed.sort()
            for thing, (f, t) in failed:
                print(" %3d of %3d in %s" % (f, t, thing))
        if verbose:
            print(totalt, "tests in", len(self.name2ft), "items.")
            print(totalt - totalf, "passed and", totalf, "failed.")
        if totalf:
            print("***Test Failed***", totalf, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(totalf, totalt)


def _out(text):
    print(text, end='')


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    if m is not None or name is not None or globs is not None or extraglobs is not None:
        raise NotImplementedError("'doctest.testmod' with m, name, globs or extraglobs "
                                  "is not supported by Rumba")
    if raise_on_error:
        raise NotImplementedError("'doctest.testmod(raise_on_error=True)' is not supported by Rumba")
    items = _main_items()
    finder = _Finder(exclude_empty)
    finder.find_module(items)
    tests = finder.tests
    tests.sort(key=lambda t: t.name)
    if verbose is None:
        verbose = '-v' in _sys.argv
    runner = _Runner(verbose, optionflags)
    for test in tests:
        test.globs = _new_globs()
        try:
            runner.run(test)
        finally:
            _clear_globs(test.globs)
    if report:
        runner.summarize(runner.verbose)
    failed = attempted = 0
    for f, t in runner.name2ft.values():
        failed += f
        attempted += t
    return TestResults(failed, attempted)


def _not_supported(name):
    def refuse(*args, **kwargs):
        raise NotImplementedError("'doctest.%s' is not supported by Rumba" % name)
    return refuse


testfile = _not_supported('testfile')
run_docstring_examples = _not_supported('run_docstring_examples')
DocTestSuite = _not_supported('DocTestSuite')
DocFileSuite = _not_supported('DocFileSuite')
