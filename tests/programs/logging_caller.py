# The place of a logging call: lineno, funcName, filename, module, from
# module level, functions, methods, hot loops and stacklevel.
import io
import logging
import re

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter(
    '%(filename)s %(module)s %(funcName)s:%(lineno)d %(levelname)s %(message)s'))
log = logging.getLogger('caller')
log.setLevel(logging.DEBUG)
log.propagate = False
log.addHandler(handler)

log.info('module level')
log.log(logging.WARNING, 'through log()')


def helper(text):
    log.debug('helper says %s', text)


def report(text):
    # Attributed to whoever called report().
    log.warning('report: %s', text, stacklevel=2)


def deeper(text):
    log.error('deeper: %s', text, stacklevel=3)


def middle():
    deeper('three up')


helper('hi')
report('from module level')


def calls_report():
    report('from a function')


calls_report()
middle()
log.info('stacklevel past the top', stacklevel=50)


class Service:
    def run(self):
        log.info('in a method')
        return self

    @staticmethod
    def static():
        log.info('in a staticmethod')

    @property
    def prop(self):
        log.info('in a property')
        return 1


Service().run().prop
Service.static()
(lambda: log.info('in a lambda'))()


def gen():
    log.info('generator start')
    yield 1
    log.info('generator resumed')
    yield 2


print(list(gen()))
print([log.info('in a comprehension %d', i) for i in range(2)])

# A loop hot enough to be compiled, logging some of its iterations.
total = 0
for i in range(1000):
    total += i
    if i % 250 == 0:
        log.info('loop %d', i)
    if i == 999:
        helper('last')


def hot(n):
    count = 0
    for j in range(n):
        count += j
        if j % 400 == 0:
            report('hot %d' % j)
    return count


for k in range(3):
    total += hot(1000)
print(total)

# Every iteration logs (below the level, then at it).
log.setLevel(logging.INFO)
for i in range(1000):
    log.debug('never shown %d', i)
    helper(i)
for i in range(1000):
    log.info('every %d', i)
log.setLevel(logging.DEBUG)

adapter = logging.LoggerAdapter(log, {'who': 'ad'})
adapter.info('through an adapter')
adapter.warning('adapter stacklevel', stacklevel=1)


def via_adapter():
    adapter.error('adapter in a function')


via_adapter()
try:
    int('x')
except ValueError:
    adapter.exception('adapter exception')

lines = stream.getvalue().splitlines()
print(len(lines))
for line in lines:
    if 'every' in line and not line.endswith((' 0', ' 999')):
        continue
    print(re.sub(r'File "[^"]*[/\\]', 'File "', line))
record = log.makeRecord('n', 20, 'p', 1, 'm', (), None)
print(record.funcName, record.filename, record.module)
print(log.findCaller()[1:3])


def where():
    return log.findCaller(stacklevel=1)[1:3]


print(where())
