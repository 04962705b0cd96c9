# expected: hand-written
# Rumba cannot write files: a FileHandler, and basicConfig(filename=...),
# raise NotImplementedError where CPython would open the file.
import logging
import sys

try:
    logging.FileHandler('app.log')
except NotImplementedError as e:
    print('NotImplementedError:', e)
try:
    logging.basicConfig(filename='app.log', level=logging.INFO)
except NotImplementedError as e:
    print('NotImplementedError:', e)
print(logging.root.handlers)
logging.basicConfig(stream=sys.stdout, level=logging.INFO)
logging.info('stdout still works')
