# The logger tree: dotted names, placeholders, propagation, handlers.
import io
import logging
import sys

print(logging.getLogger() is logging.root, logging.getLogger('root') is logging.root,
      logging.getLogger('') is logging.root)
print(logging.root.name, logging.root, logging.root.parent)

abc = logging.getLogger('a.b.c')
print(abc.parent is logging.root, abc.parent)
a = logging.getLogger('a')
print(abc.parent is a, a.parent is logging.root)
ab = logging.getLogger('a.b')
print(abc.parent is ab, ab.parent is a)
abd = logging.getLogger('a.b.d')
print(abd.parent is ab)
x = logging.getLogger('a.bc')
print(x.parent is a)
print(logging.getLogger('a.b') is ab, logging.Logger.manager is logging.root.manager)
print(sorted(name for name, v in logging.root.manager.loggerDict.items()
             if name.startswith('a') and isinstance(v, logging.Logger)))
holder = logging.getLogger('p.q.r')
print(type(logging.root.manager.loggerDict['p']).__name__,
      type(logging.root.manager.loggerDict['p.q']).__name__)
print(ab.getChild('e'), ab.getChild('e').parent is ab, logging.root.getChild('z'))
try:
    logging.getLogger(5)
except TypeError as e:
    print('TypeError', e)
print(repr(a), repr(ab), a.name, a.propagate, a.disabled, a.handlers, a.filters)

seen = []


class Collect(logging.Handler):
    def __init__(self, tag, level=logging.NOTSET):
        logging.Handler.__init__(self, level)
        self.tag = tag

    def emit(self, record):
        seen.append((self.tag, record.name, record.levelname, self.format(record)))


a.setLevel(logging.DEBUG)
ha = Collect('A')
hab = Collect('AB', logging.INFO)
hroot = Collect('ROOT')
a.addHandler(ha)
a.addHandler(ha)
ab.addHandler(hab)
logging.root.addHandler(hroot)
print(len(a.handlers), a.hasHandlers(), abc.hasHandlers(), logging.getLogger('zz').hasHandlers())
abc.debug('debug from %s', 'abc')
abc.info('info from abc')
ab.propagate = False
abc.warning('stops at ab')
ab.propagate = True
for item in seen:
    print(item)
del seen[:]
ab.removeHandler(hab)
ab.removeHandler(hab)
print(len(ab.handlers))
logging.root.removeHandler(hroot)
abc.error('only A now')
print(seen)
ab.propagate = False
print(abc.hasHandlers())
ab.propagate = True

print(logging.getLoggerClass() is logging.Logger)


class MyLogger(logging.Logger):
    pass


logging.setLoggerClass(MyLogger)
mine = logging.getLogger('mine.one')
print(type(mine).__name__, mine, type(logging.getLogger('a')).__name__)
logging.setLoggerClass(logging.Logger)
print(type(logging.getLogger('mine')).__name__, mine.parent.name)
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print('TypeError', e)
print(type(logging.getLogger('r.s')).__name__)

# A handler's level and a logger below the root with its own level.
stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setLevel('WARNING')
lone = logging.getLogger('lone')
lone.propagate = False
lone.setLevel(logging.DEBUG)
lone.addHandler(h)
for level in (10, 20, 30, 40, 50):
    lone.log(level, 'at %d', level)
print(stream.getvalue(), end='')
print(h, h.level, h.name)
h.name = 'mine'
print(h.name, h.get_name())
