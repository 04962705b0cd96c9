# Records and formatters: the three styles, validation, times, extra,
# exceptions and stacks.
import io
import logging
import re
import sys


def place(text):
    # The directory of the script differs from one machine to another.
    return re.sub(r'File "[^"]*[/\\]', 'File "', text)


rec = logging.makeLogRecord({'name': 'fmt', 'msg': 'value %d of %s', 'args': (3, 'x'),
                             'levelno': 20, 'levelname': 'INFO', 'created': 1700000000.25,
                             'msecs': 250.0, 'lineno': 12, 'funcName': 'work',
                             'pathname': 'dir/prog.py', 'filename': 'prog.py', 'module': 'prog'})
print(rec)
print(rec.getMessage(), rec.thread is not None, rec.threadName, rec.processName)
print(hasattr(rec, 'taskName'), rec.exc_info, rec.exc_text, rec.stack_info)
fresh = logging.LogRecord('n', 10, '/x/y/z.py', 7, 'm %(a)s %(b)s', ({'a': 1, 'b': 2},), None, 'fn')
print(fresh, fresh.getMessage(), fresh.filename, fresh.module, fresh.funcName, fresh.levelname)
print(isinstance(fresh.created, float), fresh.msecs == int(fresh.msecs), fresh.relativeCreated >= 0)
empty_dict = logging.LogRecord('n', 10, 'p', 1, 'no args %s', ({},), None)
print(repr(empty_dict.getMessage()), empty_dict.args)
no_args = logging.LogRecord('n', 10, 'p', 1, 'kept %s %(x)s', (), None)
print(no_args.getMessage())
print(logging.LogRecord('n', 10, 'p', 1, ['not', 'a', 'str'], None, None).getMessage())

formats = [
    ('%', None),
    ('%', '%(asctime)s %(levelname)-8s %(name)s:%(lineno)d %(message)s'),
    ('%', '[%(msecs)03d] %(funcName)s %(filename)s %(module)s %(levelno)5d'),
    ('{', '{asctime} {levelname:>8} {name}: {message!r}'),
    ('{', '{levelno:03d} {module} {lineno}'),
    ('$', '$asctime ${levelname} $name: $message $$'),
    ('$', '${name}-${lineno}'),
]
for style, fmt in formats:
    f = logging.Formatter(fmt, style=style)
    print(style, repr(f._fmt), f.usesTime())
    print('   ', f.format(rec))
print(logging.Formatter('%(asctime)s', datefmt='%d/%m/%Y %H:%M:%S').format(rec))
print(logging.Formatter('{asctime}', '%H.%M', style='{').format(rec))
f = logging.Formatter()
print(f.formatTime(rec), f.formatTime(rec, '%Y'), f.formatMessage(rec))
f.default_msec_format = None
print(f.formatTime(rec))
f.default_time_format = '%H:%M'
f.default_msec_format = '%s.%03d'
print(f.formatTime(rec))

bad = [
    ('%', 'no fields'),
    ('%', '%(name)'),
    ('{', 'no fields'),
    ('{', '{name!x}'),
    ('{', '{name:zz}'),
    ('{', '{na-me}'),
    ('{', '{name'),
    ('{', 'name}'),
    ('{', '{name!}'),
    ('{', '{name!rr}'),
    ('{', 'x {'),
    ('{', '{name:{width}'),
    ('{', '{name[}'),
    ('{', '{na{me}'),
    ('{', '{!r}'),
    ('{', '{name!:}'),
    ('{', '{name[0].x!s:>{width}}'),
    ('{', '{{name}}'),
    ('$', 'no fields'),
    ('$', 'cost $'),
    ('$', '$name $'),
    ('#', '%(name)s'),
]
for style, fmt in bad:
    try:
        logging.Formatter(fmt, style=style)
        print('accepted', style, fmt)
    except ValueError as e:
        print('ValueError', e)
print(logging.Formatter('no fields', validate=False).format(rec))
try:
    logging.Formatter('%(nothere)s').format(rec)
except ValueError as e:
    print('ValueError', e)
try:
    logging.Formatter('{nothere}', style='{').format(rec)
except ValueError as e:
    print('ValueError', e)
try:
    logging.Formatter('$nothere', style='$').format(rec)
except ValueError as e:
    print('ValueError', e)
with_defaults = logging.Formatter('%(user)s %(message)s', defaults={'user': 'nobody'})
print(with_defaults.format(rec))
rec.user = 'ann'
print(with_defaults.format(rec))
print(logging.Formatter('{user} {ip}', style='{', defaults={'ip': '-'}).format(rec))
print(logging.Formatter('$user $ip', style='$', defaults={'ip': '?'}).format(rec))

# extra and the names it may not replace.
stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter('%(levelname)s %(user)s %(ip)s %(message)s'))
log = logging.getLogger('fmt.extra')
log.propagate = False
log.addHandler(handler)
log.warning('login of %s', 'ann', extra={'user': 'ann', 'ip': '10.0.0.1'})
for key in ['message', 'asctime', 'msg', 'lineno', 'name']:
    try:
        log.warning('x', extra={key: 1})
    except KeyError as e:
        print('KeyError', e)
print(stream.getvalue(), end='')

# Exceptions: exc_info as True, an instance or a tuple, and the chain.
stream = io.StringIO()
handler.setStream(stream)
handler.setFormatter(logging.Formatter('%(levelname)s %(message)s'))


def fail(n):
    if n == 0:
        raise KeyError('deep')
    fail(n - 1)


try:
    fail(2)
except KeyError:
    log.exception('from except')
try:
    {}.pop('k')
except KeyError as e:
    caught = e
log.error('an instance', exc_info=caught)
log.error('a tuple', exc_info=(type(caught), caught, None))
log.error('outside any except', exc_info=True)
log.warning('exc_info=False', exc_info=False)
try:
    try:
        int('z')
    except ValueError as inner:
        raise RuntimeError('outer') from inner
except RuntimeError:
    log.exception('with a cause')
try:
    try:
        divmod(1, 0)
    except ZeroDivisionError:
        raise LookupError()
except LookupError:
    log.critical('during handling', exc_info=True)


class AppError(Exception):
    pass


try:
    raise AppError('mine')
except AppError as e:
    log.error('own class: %s', e, exc_info=e)
print(place(stream.getvalue()), end='')

# exc_text is kept on the record for the next format.
try:
    raise ValueError('once')
except ValueError:
    r = log.makeRecord('n', 40, 'p', 1, 'msg', (), (ValueError, ValueError('once'), None))
f = logging.Formatter('%(message)s')
first = f.format(r)
print(r.exc_text is not None, first == f.format(r))
r.exc_text = 'replaced'
print(f.format(r))

# stack_info
stream = io.StringIO()
handler.setStream(stream)


def inner_stack():
    log.warning('with stack', stack_info=True)


def outer_stack():
    inner_stack()


outer_stack()
print(place(stream.getvalue()), end='')
print(f.formatStack('given'))

# BufferingFormatter and setLogRecordFactory.
records = [logging.makeLogRecord({'msg': 'one %s', 'args': (1,), 'name': 'b', 'levelname': 'INFO'}),
           logging.makeLogRecord({'msg': 'two', 'name': 'b', 'levelname': 'WARNING'})]


class Lines(logging.BufferingFormatter):
    def formatHeader(self, records):
        return '<%d>' % len(records)

    def formatFooter(self, records):
        return '</>'


print(repr(logging.BufferingFormatter().format(records)))
print(repr(logging.BufferingFormatter().format([])))
print(Lines(logging.Formatter('[%(levelname)s %(message)s]')).format(records))
old = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    record = old(*args, **kwargs)
    record.custom = 'made by factory'
    return record


logging.setLogRecordFactory(factory)
stream = io.StringIO()
handler.setStream(stream)
handler.setFormatter(logging.Formatter('%(custom)s: %(message)s'))
log.warning('hello')
logging.setLogRecordFactory(old)
print(logging.getLogRecordFactory() is logging.LogRecord, stream.getvalue(), end='')
