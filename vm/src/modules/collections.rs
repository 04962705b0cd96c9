//! The `collections` module: `deque` (`collections/deque.rs`).

mod deque;

use crate::value::Value;
use crate::vm::Vm;

pub(super) fn attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    vec![
        ("deque", deque::class(vm)),
        ("_deque_iterator", deque::iterator_class(vm)),
    ]
}
