//! Live locals at loop headers (`rumba_vm::liveness`), on code the
//! compiler makes: what a compiled loop must carry around its back edge.

use rumba_vm::bytecode::{CodeObject, Opcode};
use rumba_vm::liveness::live_locals;

/// The function `f` of `source`, and the pc of its first loop header.
fn first_loop(source: &str) -> (CodeObject, usize) {
    let module = rumba_compiler::compile(source, "<test>").expect("it compiles");
    let f = (*module.children[0]).clone();
    let pc = f.instrs.iter().position(|i| i.op == Opcode::Loop).expect("a loop");
    (f, pc)
}

fn slot(code: &CodeObject, name: &str) -> usize {
    code.locals.names.iter().position(|n| &**n == name).expect("a local")
}

#[test]
fn a_temporary_of_the_body_is_dead_at_the_header() {
    let (code, pc) = first_loop(
        "def f(xs):\n    total = 0\n    for x in xs:\n        t = (x, x)\n        total += t[0]\n    return total\n",
    );
    let live = &live_locals(&code)[pc];
    assert!(
        live.contains(slot(&code, "total")),
        "read by the next iteration and after the loop"
    );
    assert!(
        !live.contains(slot(&code, "t")),
        "written before it is read in every iteration"
    );
    assert!(
        !live.contains(slot(&code, "x")),
        "the loop variable is written by the for"
    );
}

#[test]
fn a_local_read_after_the_loop_is_live() {
    let (code, pc) = first_loop("def f(n):\n    last = 0\n    for i in range(n):\n        last = i\n    return last\n");
    assert!(live_locals(&code)[pc].contains(slot(&code, "last")));
}

#[test]
fn a_local_read_on_one_branch_before_its_write_is_live() {
    let (code, pc) = first_loop(
        "def f(n):\n    prev = 0\n    i = 0\n    while i < n:\n        if i % 2:\n            i += prev\n        prev = i\n        i += 1\n    return i\n",
    );
    let live = &live_locals(&code)[pc];
    assert!(live.contains(slot(&code, "prev")));
    assert!(live.contains(slot(&code, "i")));
}
