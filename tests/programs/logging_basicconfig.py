# basicConfig and the module-level logging functions.
import io
import logging
import sys

for kwargs in [dict(stream=sys.stdout, filename='x.log'),
               dict(handlers=[logging.NullHandler()], stream=sys.stdout),
               dict(handlers=[logging.NullHandler()], filename='x.log'),
               dict(stream=sys.stdout, style='%%'),
               dict(stream=sys.stdout, format='no fields'),
               dict(stream=sys.stdout, style='{', format='{bad'),
               dict(stream=sys.stdout, level='LOUD'),
               dict(stream=sys.stdout, colour='blue', size=3)]:
    try:
        logging.basicConfig(**kwargs)
        print('accepted', sorted(kwargs))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    for h in logging.root.handlers[:]:
        logging.root.removeHandler(h)
logging.root.setLevel(logging.WARNING)

logging.basicConfig(stream=sys.stdout)
print(logging.root.handlers, logging.root.handlers[0].formatter._fmt)
logging.debug('not shown')
logging.info('not shown')
logging.warning('default format %s', 'here')
logging.error('an error')
logging.critical('critical')
logging.fatal('fatal')
logging.log(logging.ERROR, 'through log %d', 1)
try:
    int('bad')
except ValueError:
    logging.exception('exception() adds the traceback only to the message text',
                      exc_info=False)

# A second call changes nothing, unless force is given.
logging.basicConfig(stream=sys.stdout, format='ignored %(message)s', level=logging.DEBUG)
logging.warning('still the first configuration')
print(logging.root.level)
logging.basicConfig(stream=sys.stdout, format='{levelname}|{name}|{message}', style='{',
                    level='DEBUG', force=True)
print(len(logging.root.handlers), logging.root.level)
logging.debug('debug now shown')
logging.getLogger('child.one').info('from a child')
logging.basicConfig(stream=sys.stdout, format='$levelname $message', style='$', force=True,
                    level=logging.INFO)
logging.info('dollar style')
logging.debug('hidden again')
logging.basicConfig(stream=sys.stdout, format='%(asctime)s %(message)s',
                    datefmt='%Y', force=True, encoding='utf-8', errors='strict')
print(logging.root.handlers[0].formatter.datefmt, logging.root.handlers[0].formatter.usesTime())
logging.basicConfig(force=True, format='%(message)s [from handlers]',
                    handlers=[logging.StreamHandler(sys.stdout)])
logging.warning('given handler')
preset = logging.StreamHandler(sys.stdout)
preset.setFormatter(logging.Formatter('preset: %(message)s'))
logging.basicConfig(force=True, handlers=[preset, logging.StreamHandler(sys.stdout)])
logging.warning('two handlers')
print(logging.root.handlers[1].formatter._fmt)

# Module-level calls configure the root logger when it has no handler
# (sys.stderr as it is then).
for h in logging.root.handlers[:]:
    logging.root.removeHandler(h)
logging.root.setLevel(logging.CRITICAL)
logging.error('not shown: configures the root logger with stderr')
print(logging.root.handlers, logging.root.handlers[0].stream is sys.stderr)
logging.basicConfig(force=True, stream=sys.stdout, level=logging.INFO)
logging.info('back to stdout')
logging.getLogger('app').info('through the root handler')
adapter = logging.LoggerAdapter(logging.getLogger('app'), {'k': 'v'})
print(adapter, adapter.name, adapter.extra, adapter.manager is logging.root.manager)
print(adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel(), adapter.hasHandlers())
adapter.setLevel(logging.DEBUG)
print(adapter, adapter.logger.level)
adapter.debug('adapter debug')
adapter.log(logging.ERROR, 'adapter log %s', 'args')
adapter.critical('adapter critical')


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['k'], msg), kwargs


Prefix(logging.getLogger('app'), {'k': 'pre'}).warning('prefixed %d', 5)
logging.basicConfig(force=True, stream=sys.stdout, level=logging.INFO,
                    format='%(name)s %(k)s %(message)s')
adapter.info('extra reaches the record')
logging.captureWarnings(True)
logging.captureWarnings(False)
logging.shutdown()
print('done')
