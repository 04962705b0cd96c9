# The pattern of pyperformance's logging benchmark: a StreamHandler on a
# StringIO, silent debug calls, plain and %-formatted warnings in loops.
import io
import logging

FORMAT = 'important: %s'
MESSAGE = 'some important information to be logged'

stream = io.StringIO()
handler = logging.StreamHandler(stream=stream)
logger = logging.getLogger('benchlogger')
logger.propagate = False
logger.addHandler(handler)
logger.setLevel(logging.WARNING)


def silent(loops):
    for _ in range(loops):
        logger.debug(MESSAGE)
        logger.debug(MESSAGE)
        logger.debug(MESSAGE)
        logger.debug(MESSAGE)
        logger.debug(MESSAGE)


def simple(loops):
    for _ in range(loops):
        logger.warning(MESSAGE)
        logger.warning(MESSAGE)
        logger.warning(MESSAGE)


def formatted(loops):
    for _ in range(loops):
        logger.warning(FORMAT, MESSAGE)
        logger.warning(FORMAT, MESSAGE)


for name, bench, loops in [('silent', silent, 2000), ('simple', simple, 700),
                           ('formatted', formatted, 900)]:
    before = len(stream.getvalue().splitlines())
    bench(loops)
    lines = stream.getvalue().splitlines()
    print(name, len(lines) - before, lines[-1] if lines else None)
    stream.seek(0)
    stream.truncate()

handler.setFormatter(logging.Formatter('%(levelname)s %(name)s %(funcName)s:%(lineno)d %(message)s'))
formatted(300)
lines = stream.getvalue().splitlines()
print(len(lines), len(set(lines)), lines[0], lines[-1])
print(sorted(set(lines)))
