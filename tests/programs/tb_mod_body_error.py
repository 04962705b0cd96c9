# A traceback through a module's body (`<module>` of _mod_fails.py).
import _mod_fails
