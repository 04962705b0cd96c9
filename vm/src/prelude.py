# Built-ins that consume an iterable, written again in Python. When a
# script gives a generator to one of them, the interpreter calls the
# function here instead of the native built-in (`prelude.rs`): the loop
# that steps the generator is then bytecode, which the JIT compiles with
# the generator's steps inline, where the native built-in would step it
# from Rust, out of any trace's reach.
#
# Each gives what its built-in gives, step for step: the same items taken
# in the same order, the same operations on them, so the same results and
# errors. They read no global (a script's globals could hide any name),
# and tracebacks leave their frames out, as they do a built-in's.


def sum(iterable, start):
    total = start
    for item in iterable:
        total = total + item
    return total


def any(iterable):
    for item in iterable:
        if item:
            return True
    return False


def all(iterable):
    for item in iterable:
        if not item:
            return False
    return True


# `empty` raises the built-in's error for an empty iterable. The first
# item starts the search; the inner loop takes the rest.
def min(iterable, empty):
    for best in iterable:
        for item in iterable:
            if item < best:
                best = item
        return best
    empty()


def max(iterable, empty):
    for best in iterable:
        for item in iterable:
            if item > best:
                best = item
        return best
    empty()


# `min(iterable, key=key)` and `max(...)`, given the iterable's iterator:
# the key of every item in turn, the first item with the best key kept
# (an item replaces it only if its key compares strictly better, as the
# built-in compares them). A loop calling the key, where the native
# built-in calls it from Rust, out of any trace's reach.
def min_key(iterable, key, empty):
    for best in iterable:
        best_key = key(best)
        for item in iterable:
            item_key = key(item)
            if item_key < best_key:
                best = item
                best_key = item_key
        return best
    empty()


def max_key(iterable, key, empty):
    for best in iterable:
        best_key = key(best)
        for item in iterable:
            item_key = key(item)
            if item_key > best_key:
                best = item
                best_key = item_key
        return best
    empty()


# `sorted(iterable, key=key, reverse=reverse)`, given the iterable's
# iterator: the items, then every item's key in order (the built-in's sort
# computes them all before it compares any), then the native sort of the
# items by those keys, which compares as the built-in does.
def sorted_key(iterable, key, sort_by, reverse):
    items = [item for item in iterable]
    return sort_by(items, [key(item) for item in items], reverse)


# `target.sort(key=key, reverse=reverse)` of a list, for a key the script
# wrote: as the method does, the list looks empty while the keys are
# computed, in order; then it gets its items back, sorted by their keys
# (`put_back`, which compares as the method does), or as they were when
# a key fails.
def list_sort(target, key, reverse, take, put_back):
    items = take(target)
    try:
        keys = [key(item) for item in items]
    except:
        put_back(target, items, None, reverse)
        raise
    return put_back(target, items, keys, reverse)


# The steps of `map(function, iterable)` and `filter(function, iterable)`
# for a function the script wrote, given the iterable's iterator: a loop
# calling the function where the JIT can follow, where the native object
# calls it from Rust. The generator stands for the built-in's object
# (`Face`): it starts again when it finishes, so, as the built-in, a step
# after an error takes the next item. A StopIteration the function raises
# ends the iteration, as it ends the built-in's (`stop` is the class).
def map_steps(function, iterator, stop):
    for item in iterator:
        try:
            value = function(item)
        except stop:
            return
        yield value


# `map(function, *iterables)` of two or more: `iterator` zips them.
def map_many_steps(function, iterator, stop):
    for items in iterator:
        try:
            value = function(*items)
        except stop:
            return
        yield value


def filter_steps(function, iterator, stop):
    for item in iterator:
        try:
            if not function(item):
                continue
        except stop:
            return
        yield item


# `enumerate(iterable, start)` of a generator (a `map` or `filter` the
# prelude steps is one too), given its iterator: `counter` is a list that
# holds the next count, so that the count goes on when the generator starts
# again (`Face`).
def enumerate_steps(iterator, counter):
    for item in iterator:
        count = counter[0]
        counter[0] = count + 1
        yield (count, item)


# `zip(first, second)` with a generator among them, given their iterators:
# the next item of each in turn; the first that has none ends the zip (the
# item taken from the one before it is lost, as the built-in loses it).
def zip2_steps(first, second):
    for a in first:
        for b in second:
            yield (a, b)
            break
        else:
            return


# `zip(*iterators)` of one, or of three or more.
def zip_steps(iterators):
    while True:
        items = []
        for iterator in iterators:
            for item in iterator:
                items.append(item)
                break
            else:
                return
        yield (*items,)


# `zip(*iterators, strict=True)`: the first iterator to end must end them
# all, else `error` (ValueError) names the first one out of step, with the
# items taken until then lost, as the built-in loses them.
def zip_strict_steps(iterators, error):
    while True:
        items = []
        taken = 0
        for iterator in iterators:
            for item in iterator:
                items.append(item)
                break
            else:
                break
            taken += 1
        else:
            if taken:
                yield (*items,)
                continue
            return
        if taken:
            if taken == 1:
                before = "argument 1"
            else:
                before = f"arguments 1-{taken}"
            raise error(f"zip() argument {taken + 1} is shorter than {before}")
        position = 0
        for iterator in iterators:
            position += 1
            if position > 1:
                for item in iterator:
                    if position == 2:
                        before = "argument 1"
                    else:
                        before = f"arguments 1-{position - 1}"
                    raise error(f"zip() argument {position} is longer than {before}")
        return


def list(iterable):
    return [item for item in iterable]


def tuple(iterable):
    return (*[item for item in iterable],)


def set(iterable):
    return {item for item in iterable}


# `make` is the built-in `frozenset`, given the set of the items.
def frozenset(iterable, make):
    return make({item for item in iterable})


def sorted(iterable):
    items = [item for item in iterable]
    items.sort()
    return items


# `separator.join(iterable)` of a str separator: the built-in method takes
# every item first (CPython's `PySequence_Fast`), then joins the list.
def join(separator, iterable):
    return separator.join([item for item in iterable])
