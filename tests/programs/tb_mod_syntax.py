print("before")
import _mod_bad_syntax
