# The `logging` module of Rumba: CPython 3.11's logging for one thread of
# one process, written for Rumba. Loggers form the dotted-name tree under
# the root logger; records pass through filters and handlers to
# formatters with the three format styles.
#
# Where Rumba differs from CPython:
# - the place of a logging call (pathname, lineno, funcName) comes from
#   the native `_native_caller`, which reads the interpreter's frames
#   (Rumba has no frame objects); `_native_traceback` gives the frames a
#   caught exception passed through (Rumba has no traceback objects), so
#   `formatException` prints each frame's place and source line but none
#   of the `^^^^` markers CPython's traceback module adds under them;
#   `_native_exc_info` is `sys.exc_info()`, and the third item of an
#   exc_info tuple is a `_Caught` standing for the traceback object;
# - files cannot be written: FileHandler, and basicConfig(filename=...),
#   raise NotImplementedError;
# - there are no threads or other processes: `thread` is a fixed number,
#   `threadName` 'MainThread', `process` a fixed number (not a pid),
#   `processName` 'MainProcess'; the handlers' locks do nothing;
# - the local time of asctime is UTC, Rumba's local time.

import os
import re as _re
import sys
import time
from string import Template as _Template

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping']

_startTime = time.time()

# Raise the errors of handlers' emits (printed by handleError) and of bad
# logging calls; False makes both silent.
raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

# What a record holds for the thread and process: Rumba runs one of each.
_THREAD_ID = 1
_PROCESS_ID = 1

# ---- levels -------------------------------------------------------------

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_nameToLevel = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a level number, the number of a level name, or
    'Level %s' for one that is neither."""
    name = _levelToName.get(level)
    if name is not None:
        return name
    number = _nameToLevel.get(level)
    if number is not None:
        return number
    return "Level %s" % level


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# ---- locks --------------------------------------------------------------


class _NoLock:
    """The lock of a handler: with one thread there is nothing to wait
    for."""

    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()
        return False


_lock = _NoLock()


def _acquireLock():
    _lock.acquire()


def _releaseLock():
    _lock.release()


# ---- records ------------------------------------------------------------


# The file and module names of each path records were made for.
_path_parts = {}


class LogRecord(object):
    """One logged event: who logged what, where and when."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = time.time()
        self.name = name
        self.msg = msg
        # One non-empty mapping as the only argument is the mapping that
        # '%(key)s' formats read (Rumba's mappings are dicts).
        if (args and len(args) == 1 and isinstance(args[0], dict)
                and args[0]):
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        parts = _path_parts.get(pathname) if type(pathname) is str else None
        if parts is None:
            try:
                filename = os.path.basename(pathname)
                parts = (filename, os.path.splitext(filename)[0])
            except (TypeError, ValueError, AttributeError):
                parts = (pathname, "Unknown module")
            if type(pathname) is str:
                _path_parts[pathname] = parts
        self.filename = parts[0]
        self.module = parts[1]
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _startTime) * 1000
        if logThreads:
            self.thread = _THREAD_ID
            self.threadName = 'MainThread'
        else:
            self.thread = None
            self.threadName = None
        if logMultiprocessing:
            self.processName = 'MainProcess'
        else:
            self.processName = None
        if logProcesses:
            self.process = _PROCESS_ID
        else:
            self.process = None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    record = _logRecordFactory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ---- format styles ------------------------------------------------------

_PERCENT_FIELD = _re.compile(r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]', _re.I)
_BRACE_SPEC = _re.compile(r'^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$', _re.I)
_BRACE_FIELD = _re.compile(r'^(\d+|\w+)(\.\w+|\[[^]]+\])*$')


def _record_values(defaults, record):
    if defaults:
        values = dict(defaults)
        values.update(record.__dict__)
        return values
    return record.__dict__


class PercentStyle(object):
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'
    validation_pattern = _PERCENT_FIELD

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        if not self.validation_pattern.search(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _format(self, record):
        if self._defaults:
            return self._fmt % _record_values(self._defaults, record)
        return self._fmt % record.__dict__

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


def _brace_fields(fmt):
    """The replacement fields of a str.format string, as (field name,
    conversion, format spec) triples, or the ValueError CPython's parser
    of format strings raises for a malformed one (its rules and words)."""
    fields = []
    n = len(fmt)
    i = 0
    while i < n:
        c = fmt[i]
        i += 1
        if c != '{' and c != '}':
            continue
        at_end = i >= n
        if c == '}' and (at_end or fmt[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if c == '{' and at_end:
            raise ValueError("Single '{' encountered in format string")
        if fmt[i] == c:
            # '{{' or '}}': a brace of the text.
            i += 1
            continue
        # A field: its name ends at '!', ':' or '}' (brackets hide them).
        start = i
        c = ''
        while i < n:
            c = fmt[i]
            i += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while i < n and fmt[i] != ']':
                    i += 1
                continue
            if c in '}:!':
                break
        name_end = i - 1 if c in '}:!' else i
        name = fmt[start:name_end]
        conversion = None
        spec = ''
        if c == '!' or c == ':':
            if c == '!':
                if i >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = fmt[i]
                i += 1
                if i < n:
                    c = fmt[i]
                    i += 1
                    if c == '}':
                        fields.append((name, conversion, spec))
                        continue
                    if c != ':':
                        raise ValueError("expected ':' after conversion specifier")
            spec_start = i
            depth = 1
            while i < n:
                c = fmt[i]
                i += 1
                if c == '{':
                    depth += 1
                elif c == '}':
                    depth -= 1
                    if depth == 0:
                        break
            if depth:
                raise ValueError("unmatched '{' in format spec")
            spec = fmt[spec_start:i - 1]
        elif c != '}':
            raise ValueError("expected '}' before end of string")
        fields.append((name, conversion, spec))
    return fields


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    fmt_spec = _BRACE_SPEC
    field_spec = _BRACE_FIELD

    def _format(self, record):
        return self._fmt.format(**_record_values(self._defaults, record))

    def validate(self):
        names = set()
        try:
            for name, conversion, spec in _brace_fields(self._fmt):
                if name:
                    if not self.field_spec.match(name):
                        raise ValueError('invalid field name/expression: %r' % name)
                    names.add(name)
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not self.fmt_spec.match(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not names:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        PercentStyle.__init__(self, *args, **kwargs)
        self._tpl = _Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        names = set()
        for found in _Template.pattern.finditer(self._fmt):
            named = found.group('named')
            braced = found.group('braced')
            if named:
                names.add(named)
            elif braced:
                names.add(braced)
            elif found.group(0) == '$':
                raise ValueError("invalid format: bare '$' not allowed")
        if not names:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**_record_values(self._defaults, record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


# ---- exceptions as text -------------------------------------------------


def _exception_line(value):
    """The last line of a traceback: the type (with its module unless it
    is a built-in or the main script's) and str() of the exception."""
    kind = type(value)
    name = getattr(kind, '__qualname__', kind.__name__)
    module = getattr(kind, '__module__', 'builtins')
    if module not in ('__main__', 'builtins'):
        name = module + '.' + name
    try:
        text = str(value)
    except Exception:
        text = '<exception str() failed>'
    if not text:
        return name
    return '%s: %s' % (name, text)


def _frame_lines(entries):
    out = []
    for filename, lineno, funcname, line in entries:
        out.append('  File "%s", line %s, in %s\n' % (filename, lineno, funcname))
        if line:
            out.append('    %s\n' % line)
    return out


def _exception_text(value, seen, frames=True):
    """The lines traceback.print_exception writes for `value` and the
    chain of exceptions it was raised from or during (without the frames
    of `value` itself when its traceback was given as None)."""
    seen.add(id(value))
    out = []
    cause = getattr(value, '__cause__', None)
    context = getattr(value, '__context__', None)
    if cause is not None and id(cause) not in seen:
        out.extend(_exception_text(cause, seen))
        out.append('\nThe above exception was the direct cause of the following exception:\n\n')
    elif (context is not None and id(context) not in seen
          and not getattr(value, '__suppress_context__', False)):
        out.extend(_exception_text(context, seen))
        out.append('\nDuring handling of the above exception, another exception occurred:\n\n')
    entries = _native_traceback(value) if frames else None
    if entries:
        out.append('Traceback (most recent call last):\n')
        out.extend(_frame_lines(entries))
    out.append(_exception_line(value) + '\n')
    return out


class _Caught(object):
    """Stands in the third place of an exc_info tuple for the traceback
    object CPython would put there (Rumba makes none): the exception whose
    frames are to be printed."""

    def __init__(self, exc):
        self.exception = exc


def _caught_info(value):
    if value is None:
        return (None, None, None)
    tb = value.__traceback__
    if tb is None:
        tb = _Caught(value)
    return (type(value), value, tb)


def _format_exception(ei):
    kind, value, tb = ei
    if value is None:
        if kind is None:
            return 'NoneType: None'
        value = kind()
    text = ''.join(_exception_text(value, set(), tb is not None))
    if text[-1:] == '\n':
        text = text[:-1]
    return text


def _stack_text(entries):
    text = 'Stack (most recent call last):\n' + ''.join(_frame_lines(entries))
    if text[-1:] == '\n':
        text = text[:-1]
    return text


# ---- formatters ---------------------------------------------------------


def _utc_time(seconds):
    import datetime
    return datetime.datetime.utcfromtimestamp(seconds)


class Formatter(object):
    """Turns a record into text: its format string in one of the three
    styles, the time as `datefmt` has it, and any exception and stack."""

    converter = staticmethod(_utc_time)

    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        when = self.converter(record.created)
        if datefmt:
            return when.strftime(datefmt)
        text = when.strftime(self.default_time_format)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        return _format_exception(ei)

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info:
            # The text of the exception is kept: other handlers reuse it.
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if text[-1:] != '\n':
                text = text + '\n'
            text = text + record.exc_text
        if record.stack_info:
            if text[-1:] != '\n':
                text = text + '\n'
            text = text + self.formatStack(record.stack_info)
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: a header, each record by `linefmt`,
    a footer."""

    def __init__(self, linefmt=None):
        if linefmt:
            self.linefmt = linefmt
        else:
            self.linefmt = _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        parts = [self.formatHeader(records)]
        for record in records:
            parts.append(self.linefmt.format(record))
        parts.append(self.formatFooter(records))
        return ''.join(parts)


# ---- filters ------------------------------------------------------------


class Filter(object):
    """Lets through the records of the logger named `name` and of the
    loggers below it (all records when the name is empty)."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0 or self.name == record.name:
            return True
        if not record.name.startswith(self.name):
            return False
        return record.name[self.nlen:self.nlen + 1] == '.'


class Filterer(object):
    """What loggers and handlers share: a list of filters, each an
    object with a `filter` method or a callable, all of which must pass
    a record."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for check in self.filters:
            if hasattr(check, 'filter'):
                passed = check.filter(record)
            else:
                passed = check(record)
            if not passed:
                return False
        return True


# ---- handlers -----------------------------------------------------------

# Handlers by name, and every handler made and not closed yet (which
# shutdown() flushes and closes, last made first). CPython keeps weak
# references, which Rumba does not have: a handler leaves the list when
# it is closed instead, so that one made and closed in a loop is freed.
_handlers = {}
_handlerList = []


def _addHandlerRef(handler):
    _handlerList.append(handler)


def _removeHandlerRef(handler):
    if handler in _handlerList:
        _handlerList.remove(handler)


class Handler(Filterer):
    """Sends on the records that reach it (at its level or above, past
    its filters); `emit` is what subclasses write."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        if self._name in _handlers:
            del _handlers[self._name]
        self._name = name
        if name:
            _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = _NoLock()

    def _at_fork_reinit(self):
        pass

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        formatter = self.formatter
        if not formatter:
            formatter = _defaultFormatter
        return formatter.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        passed = self.filter(record)
        if passed:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return passed

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self._name and self._name in _handlers:
            del _handlers[self._name]
        _removeHandlerRef(self)

    def handleError(self, record):
        """Reports an exception raised while the record was emitted, on
        stderr, when raiseExceptions is set (the run goes on)."""
        if not (raiseExceptions and sys.stderr):
            return
        kind, value, tb = _caught_info(_native_exc_info()[1])
        try:
            err = sys.stderr
            err.write('--- Logging error ---\n')
            if value is not None:
                err.write(_format_exception((kind, value, tb)) + '\n')
            err.write('Call stack:\n')
            # From the outermost frame to the nearest one outside this
            # module.
            stack = _native_caller(1, True)[3]
            if stack:
                err.write(''.join(_frame_lines(stack)))
            else:
                err.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
            try:
                err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                err.write('Unable to print the message and arguments'
                          ' - possible formatting error.\nUse the'
                          ' traceback above to help find the error.\n')
        except OSError:
            pass

    def __repr__(self):
        return '<%s (%s)>' % (self.__class__.__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each record's text and `terminator` to a stream
    (sys.stderr as it is when the handler is made, if none is given)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        self.acquire()
        try:
            if self.stream and hasattr(self.stream, 'flush'):
                self.stream.flush()
        finally:
            self.release()

    def emit(self, record):
        try:
            text = self.format(record)
            self.stream.write(text + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            return None
        old = self.stream
        self.acquire()
        try:
            self.flush()
            self.stream = stream
        finally:
            self.release()
        return old

    def __repr__(self):
        name = str(getattr(self.stream, 'name', ''))
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name, getLevelName(self.level))


_READ_ONLY = ("Rumba cannot write files (its files are read-only), so "
              "logging to a file is not supported")


class FileHandler(StreamHandler):
    """Refused: Rumba does not write files."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        raise NotImplementedError(_READ_ONLY)


class _StderrHandler(StreamHandler):
    """The handler of last resort: whatever sys.stderr is at the time."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Drops every record (for libraries that leave logging to their
    users)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# ---- the logger tree ----------------------------------------------------


class PlaceHolder(object):
    """Stands in the tree for a logger not made yet whose descendants
    exist (they are kept to be re-parented when it is made)."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


_loggerClass = None


def setLoggerClass(klass):
    global _loggerClass
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager(object):
    """Holds the loggers by name and links each to its nearest existing
    ancestor."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def _new_logger(self, name):
        made = (self.loggerClass or _loggerClass)(name)
        made.manager = self
        self.loggerDict[name] = made
        return made

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        found = self.loggerDict.get(name)
        if found is None:
            found = self._new_logger(name)
            self._fixupParents(found)
        elif isinstance(found, PlaceHolder):
            holder = found
            found = self._new_logger(name)
            self._fixupChildren(holder, found)
            self._fixupParents(found)
        return found

    def setLoggerClass(self, klass):
        if klass != Logger:
            if not issubclass(klass, Logger):
                raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        # The nearest ancestor that is a logger; the names between get
        # placeholders (or join the ones there).
        name = alogger.name
        end = name.rfind('.')
        parent = None
        while end > 0 and not parent:
            prefix = name[:end]
            held = self.loggerDict.get(prefix)
            if held is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(held, Logger):
                parent = held
            else:
                held.append(alogger)
            end = name.rfind('.', 0, end - 1)
        if not parent:
            parent = self.root
        alogger.parent = parent

    def _fixupChildren(self, holder, alogger):
        # The loggers below the new one whose parent is above it now have
        # it as their parent.
        name = alogger.name
        size = len(name)
        for child in holder.loggerMap.keys():
            if child.parent.name[:size] != name:
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        for held in self.loggerDict.values():
            if isinstance(held, Logger):
                held._cache.clear()
        self.root._cache.clear()


# The file name of this module's code, whose frames the search for a
# caller skips; None turns the search off, as in CPython.
_srcfile = '<rumba logging>'


class Logger(Filterer):
    """A named channel: records at its effective level or above go to
    its handlers and, while `propagate` is true, to its ancestors'."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated_warn()
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        filename, lineno, funcname, stack = _native_caller(stacklevel, bool(stack_info))
        sinfo = None
        if stack_info:
            sinfo = _stack_text(stack)
        return filename, lineno, funcname, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            attrs = record.__dict__
            for key in extra:
                if key in ("message", "asctime") or key in attrs:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                attrs[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        if _srcfile:
            filename, lineno, funcname, sinfo = self.findCaller(stack_info, stacklevel)
        else:
            filename, lineno, funcname, sinfo = "(unknown file)", 0, "(unknown function)", None
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = _caught_info(exc_info)
            elif not isinstance(exc_info, tuple):
                exc_info = _caught_info(_native_exc_info()[1])
        record = self.makeRecord(self.name, level, filename, lineno, msg, args,
                                 exc_info, funcname, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        logger = self
        while logger:
            if logger.handlers:
                return True
            if not logger.propagate:
                return False
            logger = logger.parent
        return False

    def callHandlers(self, record):
        found = 0
        logger = self
        while logger:
            for hdlr in logger.handlers:
                found += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if logger.propagate:
                logger = logger.parent
            else:
                logger = None
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        cache = self._cache
        if level in cache:
            return cache[level]
        if self.manager.disable >= level:
            enabled = False
        else:
            enabled = level >= self.getEffectiveLevel()
        cache[level] = enabled
        return enabled

    def getChild(self, suffix):
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, level)


class RootLogger(Logger):
    """The logger at the top of the tree, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)


_loggerClass = Logger


def _deprecated_warn():
    # CPython's DeprecationWarning for warn(); Rumba has no warnings
    # filters, so it is not shown.
    pass


class LoggerAdapter(object):
    """A logger with context: `process` adds `extra` to each call."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated_warn()
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        level = getLevelName(self.logger.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, self.logger.name, level)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# ---- configuration and the module's own calls ---------------------------


def basicConfig(**kwargs):
    """Gives the root logger a handler and formatter, unless it has a
    handler already (or `force` removes them first)."""
    force = kwargs.pop('force', False)
    encoding = kwargs.pop('encoding', None)
    errors = kwargs.pop('errors', 'backslashreplace')
    if force:
        for old in root.handlers[:]:
            root.removeHandler(old)
            old.close()
    if len(root.handlers) != 0:
        return
    handlers = kwargs.pop("handlers", None)
    if handlers is None:
        if "stream" in kwargs and "filename" in kwargs:
            raise ValueError("'stream' and 'filename' should not be specified together")
    elif "stream" in kwargs or "filename" in kwargs:
        raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
    if handlers is None:
        filename = kwargs.pop("filename", None)
        mode = kwargs.pop("filemode", 'a')
        if filename:
            handlers = [FileHandler(filename, mode, encoding=encoding, errors=errors)]
        else:
            handlers = [StreamHandler(kwargs.pop("stream", None))]
    datefmt = kwargs.pop("datefmt", None)
    style = kwargs.pop("style", '%')
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
    fmt = kwargs.pop("format", _STYLES[style][1])
    formatter = Formatter(fmt, datefmt, style)
    for handler in handlers:
        if handler.formatter is None:
            handler.setFormatter(formatter)
        root.addHandler(handler)
    level = kwargs.pop("level", None)
    if level is not None:
        root.setLevel(level)
    if kwargs:
        raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs.keys()))


def getLogger(name=None):
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def critical(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _deprecated_warn()
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flushes and closes every handler, the last made first (CPython
    does this at exit)."""
    for handler in reversed(handlerList[:]):
        try:
            handler.acquire()
            try:
                handler.flush()
                handler.close()
            except (OSError, ValueError):
                pass
            finally:
                handler.release()
        except:
            if raiseExceptions:
                raise


_warnings_showwarning = None


def captureWarnings(capture):
    """Rumba has no `warnings` module, so there are no warnings to send
    to the 'py.warnings' logger: this only records the setting."""
    global _warnings_showwarning
    _warnings_showwarning = bool(capture) or None
