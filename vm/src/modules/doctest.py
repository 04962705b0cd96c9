"""Runs the interactive examples written in the main module's docstrings.

Written for Rumba from doctest's documented behaviour: ``testmod()`` finds
the docstrings of the main module, its classes, functions, methods and
properties, runs each ``>>>`` example in a copy of the module's globals and
compares what it printed (or the exception it raised) with the text written
under it. The natives ``_main_items``, ``_new_globs``, ``_clear_globs`` and
``_run_example`` do what needs the VM: the main module's globals, a
namespace per docstring and an example run with its output kept;
``_first_line`` and ``_main_source`` tell where each docstring starts.
"""

from collections import namedtuple

__all__ = [
    "testmod",
    "TestResults",
    "DONT_ACCEPT_TRUE_FOR_1",
    "DONT_ACCEPT_BLANKLINE",
    "NORMALIZE_WHITESPACE",
    "ELLIPSIS",
    "SKIP",
    "IGNORE_EXCEPTION_DETAIL",
    "REPORT_UDIFF",
    "REPORT_CDIFF",
    "REPORT_NDIFF",
    "REPORT_ONLY_FIRST_FAILURE",
    "FAIL_FAST",
]

TestResults = namedtuple("TestResults", "failed attempted")

# The option flags, with the values the documentation gives them.
OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """A new flag bit, known to ``# doctest:`` directives by `name`."""
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag("DONT_ACCEPT_TRUE_FOR_1")
DONT_ACCEPT_BLANKLINE = register_optionflag("DONT_ACCEPT_BLANKLINE")
NORMALIZE_WHITESPACE = register_optionflag("NORMALIZE_WHITESPACE")
ELLIPSIS = register_optionflag("ELLIPSIS")
SKIP = register_optionflag("SKIP")
IGNORE_EXCEPTION_DETAIL = register_optionflag("IGNORE_EXCEPTION_DETAIL")
REPORT_UDIFF = register_optionflag("REPORT_UDIFF")
REPORT_CDIFF = register_optionflag("REPORT_CDIFF")
REPORT_NDIFF = register_optionflag("REPORT_NDIFF")
REPORT_ONLY_FIRST_FAILURE = register_optionflag("REPORT_ONLY_FIRST_FAILURE")
FAIL_FAST = register_optionflag("FAIL_FAST")

BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = "..."
_RULE = "*" * 70 + "\n"
_TRACEBACK_HEADERS = ("Traceback (most recent call last):", "Traceback (innermost last):")


def _indented(text):
    """`text` with four spaces before each line that has anything on it."""
    return "".join(
        "    " + line if line.strip("\n") else line for line in text.splitlines(True)
    )


def _leading_spaces(line):
    return len(line) - len(line.lstrip(" "))


def _is_prompt(rest, prompt):
    """Whether `rest` (a line with its indentation taken off) starts with `prompt`."""
    return rest.startswith(prompt) and (len(rest) == len(prompt) or rest[len(prompt)] in " \n")


_FUNCTION = type(_leading_spaces)


class _Example:
    """One ``>>>`` entry of a docstring: its source, the output it wants."""

    def __init__(self, source, want, lineno, options):
        self.source = source
        self.want = want
        self.lineno = lineno
        self.options = options
        self.exc_msg = _expected_exception_line(want)


def _expected_exception_line(want):
    """The exception line(s) an example that wants a traceback expects, else None.

    Below the traceback header the frames are indented (or an indented
    ``...``); the exception starts at the first line that is not.
    """
    lines = want.splitlines(True)
    if not lines or lines[0].rstrip() not in _TRACEBACK_HEADERS:
        return None
    for i in range(1, len(lines)):
        first = lines[i][:1]
        if first.isalnum() or first == "_":
            return "".join(lines[i:])
    return None


def _directive_options(source):
    """The flags a ``# doctest: +NAME, -NAME`` comment turns on and off."""
    on = off = 0
    for line in source.splitlines():
        at = line.find("#")
        if at < 0:
            continue
        comment = line[at + 1 :].lstrip()
        if not comment.startswith("doctest:"):
            continue
        for word in comment[len("doctest:") :].replace(",", " ").split():
            flag = OPTIONFLAGS_BY_NAME.get(word[1:])
            if word[:1] not in "+-" or flag is None:
                raise ValueError("line has an invalid option: %r" % word)
            if word[0] == "+":
                on |= flag
            else:
                off |= flag
    return on, off


def _parse_examples(doc):
    """The examples of docstring `doc`, in order."""
    lines = doc.split("\n")
    examples = []
    i = 0
    while i < len(lines):
        line = lines[i]
        indent = _leading_spaces(line)
        if not _is_prompt(line[indent:], ">>>"):
            i += 1
            continue
        lineno = i
        source_lines = [line[indent + 4 :]]
        i += 1
        while i < len(lines) and _is_prompt(lines[i][indent:], "...") and not lines[i][:indent].strip():
            source_lines.append(lines[i][indent + 4 :])
            i += 1
        want_lines = []
        while i < len(lines):
            rest = lines[i]
            if not rest.strip() or rest.lstrip(" ").startswith(">>>"):
                break
            if rest[:indent].strip():
                raise ValueError(
                    "line %d of the docstring has inconsistent leading whitespace: %r"
                    % (i + 1, rest)
                )
            want_lines.append(rest[indent:] + "\n")
            i += 1
        # A prompt holding only a comment (or nothing) is no example, and
        # the lines under it are not expected of anything.
        if len(source_lines) == 1 and source_lines[0].lstrip(" ")[:1] in ("", "#"):
            continue
        source = "\n".join(source_lines) + "\n"
        examples.append(_Example(source, "".join(want_lines), lineno, _directive_options(source)))
    return examples


class _Test:
    """A docstring to run: its examples, the dotted name it is reported
    under and where it is (the file, the index of the line it starts on,
    None where that is not known)."""

    def __init__(self, name, doc, filename, lineno):
        self.name = name
        self.examples = _parse_examples(doc)
        self.filename = filename
        self.lineno = lineno


class _Source:
    """The main module's file name and lines, which failure reports point
    into as CPython's do (the name is ``__name__`` when there is no
    ``__file__``)."""

    def __init__(self, globs, module_name):
        filename = globs.get("__file__") or module_name
        if filename[-4:] == ".pyc":
            filename = filename[:-1]
        self.filename = filename
        text = _main_source()
        self.lines = text.splitlines(True) if text else None

    def doc_line(self, value):
        """The index of the line `value`'s docstring starts on: its
        class's or function's first line, then the first line from there
        that opens a string (CPython's guess, fooled as easily)."""
        import re

        lineno = None
        if isinstance(value, type):
            if self.lines is None:
                return None
            pattern = re.compile(r"^\s*class\s*%s\b" % re.escape(getattr(value, "__name__", "-")))
            for i, line in enumerate(self.lines):
                if pattern.match(line):
                    lineno = i
                    break
        elif isinstance(value, _FUNCTION) and getattr(value, "__doc__", None):
            lineno = _first_line(value) - 1
        return None if lineno is None else self.doc_line_from(lineno)

    def doc_line_from(self, lineno):
        """The first line from index `lineno` on that opens a string."""
        import re

        if self.lines is None:
            return lineno + 1
        opening = re.compile(r"(^|.*:)\s*\w*(\"|')")
        for i in range(lineno, len(self.lines)):
            if opening.match(self.lines[i]):
                return i
        return None


def _unwrapped(value):
    """The function behind a staticmethod, classmethod or property."""
    if isinstance(value, type):
        return value
    if hasattr(value, "__func__"):
        return value.__func__
    if hasattr(value, "fget"):
        return value.fget
    return value


def _defined_here(value, module_name):
    """Whether a function or class comes from the module being tested."""
    return getattr(_unwrapped(value), "__module__", None) == module_name


def _is_testable(value):
    value = _unwrapped(value)
    return isinstance(value, (type, _FUNCTION))


def _collect(name, value, module_name, tests, seen, source):
    """Adds the test for `value` and for what its class body defines."""
    if id(value) in seen:
        return
    seen.add(id(value))
    doc = getattr(value, "__doc__", None)
    # A property's docstring is not located (CPython reports ``line ?``).
    located = value if isinstance(value, type) or not hasattr(value, "fget") else None
    lineno = source.doc_line(_unwrapped(located))
    tests.append(_Test(name, doc if isinstance(doc, str) else "", source.filename, lineno))
    if not isinstance(value, type):
        return
    for attr, member in list(value.__dict__.items()):
        if _is_testable(member) and _defined_here(member, module_name):
            _collect(name + "." + attr, member, module_name, tests, seen, source)


def _find_tests(module_name, report_name):
    """The module's tests, sorted by name: named under `report_name`
    (`testmod(name=...)`), found by `module_name`."""
    globs = dict(_main_items())
    module_doc = globs.get("__doc__")
    source = _Source(globs, module_name)
    module_line = None
    if isinstance(module_doc, str):
        module_line = source.doc_line_from(0)
    tests = [_Test(report_name, module_doc if isinstance(module_doc, str) else "", source.filename, module_line)]
    seen = set()
    for key, value in globs.items():
        if _is_testable(value) and _defined_here(value, module_name):
            _collect(report_name + "." + key, value, module_name, tests, seen, source)
    # `__test__` names more tests: docstrings given as strings, or any
    # function or class, wherever it was defined.
    extra = globs.get("__test__", {})
    if not isinstance(extra, dict):
        raise ValueError("__main__.__test__ must be a dict, not %s" % type(extra).__name__)
    for key, value in extra.items():
        if not isinstance(key, str):
            raise ValueError("__main__.__test__ keys must be strings: %r" % (key,))
        name = report_name + ".__test__." + key
        if isinstance(value, str):
            tests.append(_Test(name, value, source.filename, None))
        elif _is_testable(value):
            _collect(name, value, module_name, tests, seen, source)
        else:
            raise ValueError(
                "__main__.__test__ values must be strings, functions, methods, classes,"
                " or modules: %r" % (value,)
            )
    tests.sort(key=lambda test: test.name)
    return tests


def _exception_line(exc):
    """The last line of the exception's traceback: ``Type: message``."""
    kind = type(exc)
    name = kind.__name__
    module = getattr(kind, "__module__", "builtins")
    if module not in ("builtins", "__main__"):
        name = module + "." + name
    message = str(exc)
    return (name + ": " + message if message else name) + "\n"


def _without_detail(exc_line):
    """An exception line reduced to the class's own name."""
    kind = exc_line.split(":", 1)[0].strip()
    return kind.rsplit(".", 1)[-1]


def _ellipsis_match(want, got):
    """Whether `got` matches `want`, each ``...`` in `want` standing for any text."""
    pieces = want.split(ELLIPSIS_MARKER)
    if len(pieces) == 1:
        return want == got
    first, last = pieces[0], pieces[-1]
    if not got.startswith(first) or not got.endswith(last):
        return False
    start, end = len(first), len(got) - len(last)
    if start > end:
        return False
    for piece in pieces[1:-1]:
        at = got.find(piece, start, end)
        if at < 0:
            return False
        start = at + len(piece)
    return True


def _blank_lines_normalized(text, is_blank):
    return "".join("\n" if is_blank(line) else line for line in text.splitlines(True))


def _output_matches(want, got, flags):
    if got == want:
        return True
    if not flags & DONT_ACCEPT_TRUE_FOR_1 and (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
        return True
    if not flags & DONT_ACCEPT_BLANKLINE:
        want = _blank_lines_normalized(
            want, lambda line: line.startswith(BLANKLINE_MARKER) and not line[len(BLANKLINE_MARKER) :].strip()
        )
        got = _blank_lines_normalized(got, lambda line: line != "\n" and not line.strip(" \t\r\f\v\n"))
        if got == want:
            return True
    if flags & NORMALIZE_WHITESPACE:
        got = " ".join(got.split())
        want = " ".join(want.split())
        if got == want:
            return True
    if flags & ELLIPSIS:
        return _ellipsis_match(want, got)
    return False


class _Runner:
    """Runs tests, reports what failed and keeps the counts per test."""

    def __init__(self, verbose, optionflags, globs=None, extraglobs=None):
        self.verbose = verbose
        self.optionflags = optionflags
        self.globs = globs
        self.extraglobs = extraglobs
        self.counts = {}
        self.stopped = False

    def run(self, test):
        failures = attempted = 0
        ns = _new_globs(self.globs, self.extraglobs)
        for index, example in enumerate(test.examples):
            if self.stopped:
                break
            on, off = example.options
            flags = (self.optionflags | on) & ~off
            if flags & SKIP:
                continue
            attempted += 1
            quiet = flags & REPORT_ONLY_FIRST_FAILURE and failures > 0
            if self.verbose:
                print("Trying:")
                print(_indented(example.source), end="")
                if example.want:
                    print("Expecting:")
                    print(_indented(example.want), end="")
                else:
                    print("Expecting nothing")
            filename = "<doctest %s[%d]>" % (test.name, index)
            got, exc = _run_example(example.source, ns, filename)
            if got and not got.endswith("\n"):
                got += "\n"
            if self._passed(example, got, exc, flags, quiet, test):
                if self.verbose:
                    print("ok")
                continue
            failures += 1
            if flags & FAIL_FAST:
                self.stopped = True
        _clear_globs(ns)
        self.counts[test.name] = (failures, attempted)
        return failures, attempted

    def _passed(self, example, got, exc, flags, quiet, test):
        if exc is None:
            if _output_matches(example.want, got, flags):
                return True
            if not quiet:
                self._report_difference(test, example, got)
            return False
        exc_line = _exception_line(exc)
        traceback = "Traceback (most recent call last):\n  ...\n" + exc_line
        if example.exc_msg is None:
            if not quiet:
                print(self._failure_header(test, example) + "Exception raised:\n" + _indented(traceback), end="")
            return False
        if _output_matches(example.exc_msg, exc_line, flags):
            return True
        if flags & IGNORE_EXCEPTION_DETAIL and _without_detail(example.exc_msg) == _without_detail(exc_line):
            return True
        if not quiet:
            self._report_difference(test, example, got + traceback)
        return False

    def _failure_header(self, test, example):
        lineno = "?" if test.lineno is None else test.lineno + example.lineno + 1
        return (
            _RULE
            + 'File "%s", line %s, in %s\n' % (test.filename, lineno, test.name)
            + "Failed example:\n"
            + _indented(example.source)
        )

    def _report_difference(self, test, example, got):
        text = self._failure_header(test, example)
        text += "Expected:\n" + _indented(example.want) if example.want else "Expected nothing\n"
        text += "Got:\n" + _indented(got) if got else "Got nothing\n"
        print(text, end="")

    def summarize(self, verbose):
        empty, passed, failed = [], [], []
        total_failures = total_tries = 0
        for name in sorted(self.counts):
            failures, tries = self.counts[name]
            total_failures += failures
            total_tries += tries
            if tries == 0:
                empty.append(name)
            elif failures == 0:
                passed.append((name, tries))
            else:
                failed.append((name, failures, tries))
        if verbose:
            if empty:
                print(len(empty), "items had no tests:")
                for name in empty:
                    print("   ", name)
            if passed:
                print(len(passed), "items passed all tests:")
                for name, tries in passed:
                    print(" %3d tests in %s" % (tries, name))
        if failed:
            print(_RULE, end="")
            print(len(failed), "items had failures:")
            for name, failures, tries in failed:
                print(" %3d of %3d in %s" % (failures, tries, name))
        if verbose:
            print(total_tries, "tests in", len(self.counts), "items.")
            print(total_tries - total_failures, "passed and", total_failures, "failed.")
        if total_failures:
            print("***Test Failed***", total_failures, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(total_failures, total_tries)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Runs the examples in the main module's docstrings; ``TestResults``.

    Only the main module can be tested (`m`, if given, must be it); each
    docstring's examples see a copy of its globals (or of `globs`),
    updated with `extraglobs`; `name` names the tests in reports.
    """
    if m is not None and getattr(m, "__name__", None) != "__main__":
        raise NotImplementedError("'doctest.testmod' of a module other than __main__ is not supported by Rumba")
    if raise_on_error:
        raise NotImplementedError("'doctest.testmod' with raise_on_error=True is not supported by Rumba")
    module_name = "__main__"
    if verbose is None:
        verbose = False
    runner = _Runner(verbose, optionflags, globs, extraglobs)
    for test in _find_tests(module_name, module_name if name is None else name):
        if exclude_empty and not test.examples:
            continue
        runner.run(test)
    if report:
        return runner.summarize(verbose)
    failures = sum(f for f, _ in runner.counts.values())
    tries = sum(t for _, t in runner.counts.values())
    return TestResults(failures, tries)


def _refused(name):
    def refused(*args, **kwargs):
        raise NotImplementedError("'doctest.%s' is not supported by Rumba" % name)

    refused.__name__ = name
    return refused


testfile = _refused("testfile")
run_docstring_examples = _refused("run_docstring_examples")
DocTestSuite = _refused("DocTestSuite")
DocFileSuite = _refused("DocFileSuite")
