# Levels: names both ways, new levels, checks, effective levels, disable.
import logging
import sys

print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN,
      logging.INFO, logging.DEBUG, logging.NOTSET)
for value in [50, 40, 30, 20, 10, 0, 25, 'CRITICAL', 'FATAL', 'WARN', 'WARNING', 'nope', None]:
    print(repr(value), '->', repr(logging.getLevelName(value)))
print(sorted(logging.getLevelNamesMapping().items()))
m = logging.getLevelNamesMapping()
m['X'] = 1
print('X' in logging.getLevelNamesMapping())

logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
logging.addLevelName(5, 'TRACE')

log = logging.getLogger('lv')
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('%(levelname)s/%(levelno)d %(message)s'))
log.addHandler(out)
log.propagate = False
log.setLevel('NOTICE')
print(log.level, log.getEffectiveLevel(), log)
log.log(25, 'a notice')
log.log(24, 'below notice')
log.setLevel(5)
log.log(5, 'a trace %s', 'message')
log.log(7, 'level seven')

for bad in ['LOUD', 3.5, None, [1]]:
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    log.log('INFO', 'text level')
except TypeError as e:
    print('TypeError', e)
log.setLevel(True)
print(log.level)

child = logging.getLogger('lv.child')
print(child.level, child.getEffectiveLevel())
log.setLevel(logging.INFO)
for level in [logging.DEBUG, logging.INFO, logging.ERROR]:
    print(level, child.isEnabledFor(level), log.isEnabledFor(level))
child.setLevel(logging.DEBUG)
print(child.getEffectiveLevel(), child.isEnabledFor(logging.DEBUG))
child.debug('child debug reaches the parent handler')

logging.disable(logging.INFO)
print(child.isEnabledFor(logging.INFO), child.isEnabledFor(logging.WARNING))
child.info('disabled info')
child.warning('a warning passes disable(INFO)')
logging.disable()
child.error('disabled error')
child.critical('critical passes? no')
logging.disable(logging.NOTSET)
child.info('enabled again')
print(logging.root.manager.disable)
try:
    logging.disable('LOUD')
except ValueError as e:
    print('ValueError', e)

child.disabled = True
child.error('a disabled logger drops this')
print(child.isEnabledFor(logging.CRITICAL))
child.disabled = False
child.info('and is back')
print(logging.root.level, logging.root.getEffectiveLevel(), logging.getLevelName(logging.root.level))
