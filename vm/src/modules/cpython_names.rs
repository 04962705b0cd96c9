//! The modules of CPython 3.11's standard library (`sys.stdlib_module_names`)
//! that Rumba does not have. Importing one is `NotImplementedError` naming
//! it (the program is not wrong, Rumba is missing something), where an
//! unknown module is `ModuleNotFoundError` as in CPython (the program may
//! be wrong). Keep it in step with the modules `super::import` provides.

#[rustfmt::skip]
pub(super) const CPYTHON_ONLY: &[&str] = &[
    "_abc", "_aix_support", "_ast", "_asyncio", "_bisect", "_blake2", "_bootsubprocess", "_bz2",
    "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr",
    "_codecs_tw", "_collections", "_collections_abc", "_compat_pickle", "_compression",
    "_contextvars", "_crypt", "_csv", "_ctypes", "_curses", "_curses_panel", "_datetime", "_dbm",
    "_decimal", "_elementtree", "_frozen_importlib", "_frozen_importlib_external", "_functools",
    "_gdbm", "_hashlib", "_heapq", "_imp", "_io", "_json", "_locale", "_lsprof", "_lzma",
    "_markupbase", "_md5", "_msi", "_multibytecodec", "_multiprocessing", "_opcode", "_operator",
    "_osx_support", "_overlapped", "_pickle", "_posixshmem", "_posixsubprocess", "_py_abc",
    "_pydecimal", "_pyio", "_queue", "_random", "_scproxy", "_sha1", "_sha256", "_sha3", "_sha512",
    "_signal", "_sitebuiltins", "_socket", "_sqlite3", "_sre", "_ssl", "_stat", "_statistics",
    "_string", "_strptime", "_struct", "_symtable", "_thread", "_threading_local", "_tkinter",
    "_tokenize", "_tracemalloc", "_typing", "_uuid", "_warnings", "_weakref", "_weakrefset",
    "_winapi", "_zoneinfo", "aifc", "antigravity", "ast", "asynchat",
    "asyncore", "atexit", "audioop", "bdb", "builtins", "bz2", "cProfile",
    "calendar", "cgi", "cgitb", "chunk", "cmd", "code", "codecs", "codeop", "colorsys",
    "compileall", "configparser", "contextvars", "copyreg", "crypt",
    "csv", "ctypes", "curses", "dbm", "difflib", "dis",
    "distutils", "email", "encodings", "ensurepip", "errno", "faulthandler",
    "fcntl", "filecmp", "fileinput", "fnmatch", "ftplib", "genericpath",
    "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip", "hmac", "html",
    "http", "idlelib", "imaplib", "imghdr", "imp", "importlib", "inspect", "ipaddress", "keyword",
    "lib2to3", "linecache", "locale", "lzma", "mailbox", "mailcap", "marshal",
    "mimetypes", "mmap", "modulefinder", "msilib", "msvcrt", "netrc", "nis",
    "nntplib", "nt", "ntpath", "nturl2path", "numbers", "opcode", "optparse", "ossaudiodev",
    "pdb", "pickle", "pickletools", "pipes", "pkgutil", "platform", "plistlib", "poplib",
    "posix", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr",
    "pydoc", "pydoc_data", "pyexpat", "quopri", "readline", "reprlib", "resource",
    "rlcompleter", "runpy", "sched", "secrets", "select", "selectors", "shelve", "shlex", "shutil",
    "signal", "site", "smtpd", "smtplib", "sndhdr", "socket", "socketserver", "spwd", "sqlite3",
    "sre_compile", "sre_constants", "sre_parse", "ssl", "stringprep",
    "subprocess", "sunau", "symtable", "sysconfig", "syslog", "tabnanny", "tarfile", "telnetlib",
    "tempfile", "termios", "this", "tkinter", "token",
    "tokenize", "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle", "turtledemo",
    "unicodedata", "urllib", "uu", "uuid", "venv", "warnings", "wave",
    "weakref", "webbrowser", "winreg", "winsound", "wsgiref", "xdrlib", "xml", "xmlrpc", "zipapp",
    "zipfile", "zipimport", "zlib", "zoneinfo",
];
