"""Stand-in for pyperf, so pyperformance's kernels run as plain programs.

Each benchmark function runs once (one loop) and the stand-in prints the benchmark's name,
and for bench_func its result, so a run that finishes says so on stdout. Command-line options
are never parsed: every option takes its default, as `pyperformance run` would by default.
"""

import time

perf_counter = time.perf_counter


class _Options:
    pass


class _ArgParser:
    def __init__(self):
        self.defaults = {}

    def add_argument(self, *names, **options):
        dest = options.get("dest")
        if dest is None:
            long_names = [n for n in names if n.startswith("--")]
            dest = (long_names[0] if long_names else names[0]).lstrip("-").replace("-", "_")
        if options.get("action") == "store_true":
            self.defaults[dest] = options.get("default", False)
        else:
            self.defaults[dest] = options.get("default")


class Runner:
    def __init__(self, *args, **kwargs):
        self.metadata = {}
        self.argparser = _ArgParser()

    def parse_args(self, args=None):
        options = _Options()
        for name, value in self.argparser.defaults.items():
            setattr(options, name, value)
        return options

    def bench_func(self, name, func, *args, **kwargs):
        result = func(*args)
        print(name, repr(result))

    def bench_time_func(self, name, func, *args, **kwargs):
        func(1, *args)
        print(name, "done")

    def bench_command(self, name, command):
        raise NotImplementedError("bench_command")

    def bench_async_func(self, name, func, *args, **kwargs):
        import asyncio

        asyncio.run(func(*args))
        print(name, "done")
