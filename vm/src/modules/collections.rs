//! The `collections` module: `deque` (`collections/deque.rs`), and
//! `defaultdict`, `Counter` and `OrderedDict` (`collections/dicts.rs`),
//! `namedtuple` (`collections/namedtuple.rs`).

mod deque;
pub(crate) mod dicts;
pub(crate) mod namedtuple;

pub(crate) use namedtuple::{named_tuple_class, tuple_inside};

use crate::value::Value;
use crate::vm::Vm;

pub(super) fn attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    vec![
        ("deque", deque::class(vm)),
        ("_deque_iterator", deque::iterator_class(vm)),
        ("defaultdict", dicts::defaultdict_class(vm)),
        ("Counter", dicts::counter_class(vm)),
        ("OrderedDict", dicts::ordered_dict_class(vm)),
        super::function(vm, "namedtuple", namedtuple::namedtuple),
        // CPython's `collections` imports its `abc` submodule, so
        // `import collections` is enough to reach `collections.abc`.
        (
            "abc",
            super::import(vm, "collections.abc").expect("collections.abc is built in"),
        ),
    ]
}
