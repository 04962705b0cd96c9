# Filters and handlers (what they write to stderr is tested in
# tests/cli.rs: Rumba's sys.stderr cannot be replaced).
import io
import logging
import sys

# No handlers anywhere: the handler of last resort writes to sys.stderr.
print(logging.lastResort, logging.lastResort.level, logging.lastResort.stream is sys.stderr)

# Filter: the dotted-prefix rule.
names = ['a', 'a.b', 'a.bc', 'ab', 'a.b.c', 'b', '']
for rule in ['', 'a', 'a.b']:
    f = logging.Filter(rule)
    print(repr(rule), [n for n in names if f.filter(logging.makeLogRecord({'name': n}))])

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter('%(name)s %(levelname)s %(message)s'))
root_log = logging.getLogger('app')
root_log.propagate = False
root_log.setLevel(logging.DEBUG)
root_log.addHandler(handler)
db = logging.getLogger('app.db')
web = logging.getLogger('app.web')


def no_secrets(record):
    return 'secret' not in record.getMessage()


class Counter:
    def __init__(self):
        self.count = 0

    def filter(self, record):
        self.count += 1
        record.msg = record.msg + ' (#%d)' % self.count
        return True


counter = Counter()
handler.addFilter(logging.Filter('app.db'))
db.info('db query')
web.info('web request is filtered out by the handler')
handler.removeFilter(handler.filters[0])
handler.addFilter(no_secrets)
handler.addFilter(no_secrets)
print(len(handler.filters))
web.info('public')
web.info('the secret')
web.addFilter(counter)
web.warning('counted')
web.warning('counted again')
db.warning('not counted')
print(counter.count, web.filter(logging.makeLogRecord({'msg': 'x'})))
web.removeFilter(counter)
web.addFilter(lambda r: r.levelno >= logging.ERROR)
web.warning('dropped by the lambda')
web.error('kept by the lambda')
web.filters.clear()
web.addFilter(handler)
web.info('a handler is a filter too')
web.filters.clear()
print(stream.getvalue(), end='')

# StreamHandler details.
print(logging.StreamHandler(), logging.StreamHandler(sys.stdout), handler)
h = logging.StreamHandler(None)
print(h.stream is sys.stderr)
out = io.StringIO()
h = logging.StreamHandler(out)
h.terminator = ' | '
lg = logging.getLogger('term')
lg.propagate = False
lg.addHandler(h)
lg.warning('one')
lg.warning('two')
other = io.StringIO()
print(h.setStream(other) is out, h.setStream(other))
lg.warning('three')
print(repr(out.getvalue()), repr(other.getvalue()))
h.setLevel(logging.ERROR)
h.set_name('named')
print(h, h.name, h.formatter)
h.acquire()
h.release()
h.flush()
h.close()
lg.removeHandler(h)

# The base Handler and NullHandler.
base = logging.Handler()
try:
    base.emit(logging.makeLogRecord({}))
except NotImplementedError as e:
    print('NotImplementedError', e)
print(base, base.level, base.filters, base.formatter, base.name)
print(base.format(logging.makeLogRecord({'msg': 'default %s', 'args': ('formatter',),
                                         'levelname': 'INFO', 'name': 'x'})))
null = logging.NullHandler()
lib = logging.getLogger('library')
lib.addHandler(null)
lib.error('swallowed by the NullHandler')
print(null, null.lock, null.handle(logging.makeLogRecord({})))

# A handler whose emit raises: handleError reports it on stderr (when
# raiseExceptions is set) and the run goes on.
bad = logging.getLogger('bad')
bad.propagate = False
bad.addHandler(logging.StreamHandler(io.StringIO()))
logging.raiseExceptions = False
bad.error('%d items', 'three')
logging.raiseExceptions = True
print('went on')


class Broken(logging.Handler):
    def emit(self, record):
        raise RuntimeError('not caught by Handler.handle')


bad.handlers.clear()
bad.addHandler(Broken())
try:
    bad.error('raises')
except RuntimeError as e:
    print('RuntimeError', e)
logging.shutdown()
print('shut down')
