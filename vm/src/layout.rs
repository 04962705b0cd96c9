//! The object layouts compiled code reads and writes, declared once.
//!
//! Every offset is in bytes from the object's address (an `ObjRef`, which
//! points at the header) and comes from `offset_of!` on the structs
//! themselves, so a change of layout changes these with it; the test below
//! pins the numbers, so such a change is also a visible one (the JIT's
//! dumps and the README's diagram show them).

use std::mem::{offset_of, size_of};

use crate::cvec;

use crate::object::{
    CellObj, ClassObj, ComplexObj, EnumerateObj, FunctionObj, GenState, GeneratorObj, Header, InstanceObj, ListObj,
    RangeIterObj, SeqIterObj, Storage, StrHead, StrIterObj, SuperObj, TupleHead, ZipObj,
};

/// Every object: kind (u8), mark (u8), flags (u8), reserved (u8), shape (u32).
pub mod header {
    use super::*;
    pub const KIND: i32 = 0;
    /// A list's `Storage`, a str's ASCII bit.
    pub const FLAGS: i32 = 2;
    pub const SHAPE: i32 = 4;
    pub const SIZE: usize = size_of::<Header>();
}

/// `list`: length, capacity, and the item buffer (`i64`, `f64`, one byte
/// per bool, or 16-byte values, by `header::FLAGS`).
pub mod list {
    use super::*;
    pub const LEN: i32 = offset_of!(ListObj, len) as i32;
    pub const CAP: i32 = offset_of!(ListObj, cap) as i32;
    pub const DATA: i32 = offset_of!(ListObj, data) as i32;
    /// The storage codes `header::FLAGS` holds.
    pub const EMPTY: u8 = Storage::Empty as u8;
    pub const INT: u8 = Storage::Int as u8;
    pub const FLOAT: u8 = Storage::Float as u8;
    pub const BOOL: u8 = Storage::Bool as u8;
    pub const OBJECT: u8 = Storage::Object as u8;
}

/// `tuple`: length, then the items inline (16-byte values).
pub mod tuple {
    use super::*;
    pub const LEN: i32 = offset_of!(TupleHead, len) as i32;
    pub const ITEMS: i32 = size_of::<TupleHead>() as i32;
}

/// `complex`: its real and imaginary parts (`f64`), never changed.
pub mod complex {
    use super::*;
    pub const RE: i32 = offset_of!(ComplexObj, re) as i32;
    pub const IM: i32 = offset_of!(ComplexObj, im) as i32;
}

/// `str`: cached hash, length in code points and in bytes, then the UTF-8
/// bytes inline. The header's flags have `ASCII` set when every character
/// is one byte.
pub mod str {
    use super::*;
    pub const ASCII: u8 = crate::object::str::ASCII;
    pub const HASH: i32 = offset_of!(StrHead, hash) as i32;
    pub const NCHARS: i32 = offset_of!(StrHead, nchars) as i32;
    pub const LEN: i32 = offset_of!(StrHead, len) as i32;
    pub const BYTES: i32 = size_of::<StrHead>() as i32;
}

/// `iter(range(...))`: the next value, how many are left, the step.
pub mod range_iter {
    use super::*;
    pub const NEXT: i32 = offset_of!(RangeIterObj, next) as i32;
    pub const REMAINING: i32 = offset_of!(RangeIterObj, remaining) as i32;
    pub const STEP: i32 = offset_of!(RangeIterObj, step) as i32;
}

/// `iter(list)`, `iter(tuple)`: the sequence and the next position.
pub mod seq_iter {
    use super::*;
    pub const SEQ: i32 = offset_of!(SeqIterObj, seq) as i32;
    pub const INDEX: i32 = offset_of!(SeqIterObj, index) as i32;
}

/// `iter(str)`: the str and the byte offset of the next character.
pub mod str_iter {
    use super::*;
    pub const SEQ: i32 = offset_of!(StrIterObj, seq) as i32;
    pub const BYTE: i32 = offset_of!(StrIterObj, byte) as i32;
}

/// `enumerate(it)`: the inner iterator and the next count.
pub mod enumerate {
    use super::*;
    pub const INNER: i32 = offset_of!(EnumerateObj, inner) as i32;
    pub const COUNT: i32 = offset_of!(EnumerateObj, count) as i32;
}

/// `zip(...)`: the tuple of its iterators.
pub mod zip {
    use super::*;
    pub const ITERS: i32 = offset_of!(ZipObj, iters) as i32;
}

/// A script function: its code's number (u32) and the tuple of its
/// closure's cells (or 0 when it has none).
pub mod function {
    use super::*;
    pub const CODE: i32 = offset_of!(FunctionObj, code) as i32;
    pub const CELLS: i32 = offset_of!(FunctionObj, cells) as i32;
}

/// A built-in type's method taken with its receiver (`d.get` as a value):
/// the receiver (a value: its tag word, then its payload) and the
/// method's interned name. Neither changes once made.
pub mod bound_method {
    use super::*;
    use crate::object::BoundMethodObj;
    pub const RECEIVER_TAG: i32 = offset_of!(BoundMethodObj, receiver) as i32;
    pub const RECEIVER: i32 = RECEIVER_TAG + 8;
    pub const NAME: i32 = offset_of!(BoundMethodObj, name) as i32;
}

/// An instance of a script class: its class, and the address of its
/// slots (16-byte values, as many as its shape has names; the shape is
/// `header::SHAPE`).
pub mod instance {
    use super::*;
    pub const CLASS: i32 = offset_of!(InstanceObj, class) as i32;
    pub const SLOTS: i32 = (offset_of!(InstanceObj, slots) + cvec::PTR) as i32;
    /// How many slots are in use (the shape's names) and how many the
    /// buffer has room for: an attribute is added in place while they
    /// differ.
    pub const SLOTS_LEN: i32 = (offset_of!(InstanceObj, slots) + cvec::LEN) as i32;
    pub const SLOTS_CAP: i32 = (offset_of!(InstanceObj, slots) + cvec::CAP) as i32;
}

/// A script class: the version of its namespace (u64; see
/// `ClassObj::version`).
pub mod class {
    use super::*;
    pub const VERSION: i32 = offset_of!(ClassObj, version) as i32;
}

/// A generator: its function (a 16-byte value), its code's number and its
/// state as one word (code in the low half), where it resumes, and the
/// frame it keeps while suspended (a buffer of 16-byte values and its
/// length). A trace that runs a generator's steps inline reads the frame
/// from the buffer and writes it back there at the `yield`, leaving the
/// generator suspended throughout.
pub mod generator {
    use super::*;
    pub const FUNC: i32 = offset_of!(GeneratorObj, func) as i32;
    pub const CODE_STATE: i32 = offset_of!(GeneratorObj, code) as i32;
    pub const PC: i32 = offset_of!(GeneratorObj, pc) as i32;
    pub const SLOTS: i32 = (offset_of!(GeneratorObj, slots) + cvec::PTR) as i32;
    pub const SLOTS_LEN: i32 = (offset_of!(GeneratorObj, slots) + cvec::LEN) as i32;
    pub const SLOTS_CAP: i32 = (offset_of!(GeneratorObj, slots) + cvec::CAP) as i32;
    /// The word at `CODE_STATE` of a generator of code `code` in `state`.
    pub fn code_state(code: u32, state: GenState) -> i64 {
        (code as u64 | (state as u64) << 32) as i64
    }
}

/// A super object: the class whose MRO successors it searches, and its
/// receiver (a 16-byte value: tag word, then payload).
pub mod super_obj {
    use super::*;
    pub const AFTER: i32 = offset_of!(SuperObj, after) as i32;
    pub const RECEIVER: i32 = offset_of!(SuperObj, receiver) as i32;
}

/// A closure cell: its value (16 bytes).
pub mod cell {
    use super::*;
    pub const VALUE: i32 = offset_of!(CellObj, value) as i32;
}

/// The VM's call stacks, which a trace's calls and returns push and pop
/// in place (offsets from the `Vm`'s address, which the trace's context
/// holds): the value stack and the frame stack (`CVec`s: pointer, length,
/// capacity), the recursion limit, and what decides whether a return may
/// be taken in compiled code (`Vm::exec_floor`: the floor word, and no
/// generator's frame running).
pub mod call_stack {
    use super::*;
    use crate::vm::{Frame, Limits, Vm};
    pub const STACK_PTR: i32 = (offset_of!(Vm, stack) + cvec::PTR) as i32;
    pub const STACK_LEN: i32 = (offset_of!(Vm, stack) + cvec::LEN) as i32;
    pub const STACK_CAP: i32 = (offset_of!(Vm, stack) + cvec::CAP) as i32;
    pub const FRAMES_PTR: i32 = (offset_of!(Vm, frames) + cvec::PTR) as i32;
    pub const FRAMES_LEN: i32 = (offset_of!(Vm, frames) + cvec::LEN) as i32;
    pub const FRAMES_CAP: i32 = (offset_of!(Vm, frames) + cvec::CAP) as i32;
    pub const MAX_FRAMES: i32 = (offset_of!(Vm, limits) + offset_of!(Limits, max_frames)) as i32;
    pub const EXEC_FLOOR: i32 = offset_of!(Vm, exec_floor) as i32;
    pub const GENERATORS_LEN: i32 = (offset_of!(Vm, running_generators) + cvec::LEN) as i32;

    /// A `Frame`: its code's number (u32), pc and base (words), and the
    /// `init` and `memo` flags (a byte each).
    pub mod frame {
        use super::*;
        pub const CODE: i32 = offset_of!(Frame, code) as i32;
        pub const PC: i32 = offset_of!(Frame, pc) as i32;
        pub const BASE: i32 = offset_of!(Frame, base) as i32;
        pub const INIT: i32 = offset_of!(Frame, init) as i32;
        pub const MEMO: i32 = offset_of!(Frame, memo) as i32;
        pub const SIZE: i32 = size_of::<Frame>() as i32;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::Heap;
    use crate::value::Value;

    #[test]
    fn offsets_are_pinned() {
        assert_eq!(header::SIZE, 8);
        assert_eq!((list::LEN, list::CAP, list::DATA), (8, 16, 24));
        assert_eq!((tuple::LEN, tuple::ITEMS), (8, 16));
        assert_eq!((complex::RE, complex::IM), (8, 16));
        assert_eq!((str::HASH, str::NCHARS, str::LEN, str::BYTES), (8, 16, 24, 32));
        assert_eq!((range_iter::NEXT, range_iter::REMAINING, range_iter::STEP), (8, 16, 24));
        assert_eq!((seq_iter::SEQ, seq_iter::INDEX), (8, 16));
        assert_eq!(cell::VALUE, 8);
        assert_eq!((super_obj::AFTER, super_obj::RECEIVER), (8, 16));
        assert_eq!((enumerate::INNER, enumerate::COUNT, zip::ITERS), (8, 16, 8));
        assert_eq!((str_iter::SEQ, str_iter::BYTE), (8, 16));
        assert_eq!((function::CODE, function::CELLS), (8, 16));
        assert_eq!(
            (bound_method::RECEIVER_TAG, bound_method::RECEIVER, bound_method::NAME),
            (8, 16, 24)
        );
        assert_eq!((instance::CLASS, instance::SLOTS, class::VERSION), (8, 16, 8));
        assert_eq!((instance::SLOTS_LEN, instance::SLOTS_CAP), (24, 32));
        assert_eq!(
            (
                generator::FUNC,
                generator::CODE_STATE,
                generator::PC,
                generator::SLOTS,
                generator::SLOTS_LEN,
                generator::SLOTS_CAP
            ),
            (8, 24, 32, 40, 48, 56)
        );
        assert_eq!(
            (list::EMPTY, list::INT, list::FLOAT, list::BOOL, list::OBJECT),
            (0, 1, 2, 3, 4)
        );
        use call_stack::frame;
        assert_eq!(
            (
                frame::CODE,
                frame::PC,
                frame::BASE,
                frame::INIT,
                frame::MEMO,
                frame::SIZE
            ),
            (0, 8, 16, 24, 25, 32)
        );
    }

    /// The VM's own layout is Rust's to choose: its call stacks are read
    /// through the declared offsets from a real VM, as compiled code does.
    #[test]
    fn call_stack_offsets_read_a_real_vm() {
        use crate::vm::{Frame, Limits, Vm};
        let mut vm = Vm::new(Box::new(Vec::new()), Limits::default());
        vm.stack.extend([Value::Int(7), Value::Int(8), Value::Int(9)]);
        vm.frames.push(Frame::at_entry(crate::bytecode::CodeId(3), 1));
        let mut top = Frame::at_entry(crate::bytecode::CodeId(4), 2);
        (top.pc, top.init, top.memo) = (17, true, false);
        vm.frames.push(top);
        vm.exec_floor = 5;
        let at = &vm as *const Vm as usize;
        let read = |off: i32| -> u64 {
            // SAFETY: `off` is a word field of the live `vm` above (the
            // layout under test), read while nothing writes it.
            unsafe { *((at + off as usize) as *const u64) }
        };
        use call_stack::*;
        assert_eq!((read(STACK_LEN), read(FRAMES_LEN)), (3, 2));
        assert!(read(STACK_CAP) >= 3 && read(FRAMES_CAP) >= 2);
        assert_eq!(read(STACK_PTR), vm.stack.as_ptr() as u64);
        assert_eq!(read(MAX_FRAMES), vm.limits.max_frames as u64);
        assert_eq!((read(EXEC_FLOOR), read(GENERATORS_LEN)), (5, 0));
        let second = read(FRAMES_PTR) as usize + frame::SIZE as usize;
        // SAFETY: the second frame of the live frame stack, read by the
        // declared field offsets of a `repr(C)` `Frame`.
        let (code, pc, base, init) = unsafe {
            (
                *((second + frame::CODE as usize) as *const u32),
                *((second + frame::PC as usize) as *const u64),
                *((second + frame::BASE as usize) as *const u64),
                *((second + frame::INIT as usize) as *const u8),
            )
        };
        assert_eq!((code, pc, base, init), (4, 17, 2, 1));
    }

    /// Reads fields through the declared offsets from real objects, as
    /// compiled code does.
    #[test]
    fn offsets_read_real_objects() {
        let mut heap = Heap::default();
        let read = |addr: u64, off: i32| -> u64 {
            // SAFETY: addr is a live object of the heap above and off one
            // of its 8-byte fields (the layout under test).
            unsafe { *((addr as usize + off as usize) as *const u64) }
        };
        let l = heap.new_list(vec![Value::Int(7), Value::Int(9)]);
        assert_eq!(read(l.addr(), list::LEN), 2);
        let data = read(l.addr(), list::DATA);
        assert_eq!(read(data, 8), 9);
        // SAFETY: the flags byte of a live object.
        let flags = unsafe { *((l.addr() as usize + header::FLAGS as usize) as *const u8) };
        assert_eq!(flags, list::INT);
        let t = heap.new_tuple(&[Value::Int(1), Value::Float(2.5)]);
        assert_eq!(read(t.addr(), tuple::LEN), 2);
        assert_eq!(read(t.addr(), tuple::ITEMS + 16 + 8), 2.5f64.to_bits());
        let z = heap.alloc(ComplexObj::new(1.5, -2.0));
        assert_eq!(
            (read(z.addr(), complex::RE), read(z.addr(), complex::IM)),
            (1.5f64.to_bits(), (-2.0f64).to_bits())
        );
        let g = heap.alloc(GeneratorObj::new(
            Value::None,
            crate::bytecode::CodeId(5),
            vec![Value::Int(3)],
            crate::object::Kind::Generator,
        ));
        if let crate::object::ObjMut::Generator(gen) = heap.get_mut(g) {
            gen.state = GenState::Suspended;
            gen.pc = 12;
        }
        assert_eq!(
            read(g.addr(), generator::CODE_STATE) as i64,
            generator::code_state(5, GenState::Suspended)
        );
        assert_eq!(read(g.addr(), generator::PC), 12);
        assert_eq!(read(g.addr(), generator::SLOTS_LEN), 1);
        assert_eq!(read(read(g.addr(), generator::SLOTS), 8), 3);
        let s = heap.new_str("héllo");
        assert_eq!(read(s.addr(), str::NCHARS), 5);
        assert_eq!(read(s.addr(), str::LEN), 6);
        // SAFETY: the first text byte of a live str.
        let first = unsafe { *((s.addr() as usize + str::BYTES as usize) as *const u8) };
        assert_eq!(first, b'h');
        let d = heap.new_list(Vec::new());
        let m = heap.alloc(crate::object::BoundMethodObj::new(Value::Obj(d), s));
        assert_eq!(read(m.addr(), bound_method::RECEIVER_TAG), crate::value::tag::OBJ);
        assert_eq!(read(m.addr(), bound_method::RECEIVER), d.addr());
        assert_eq!(read(m.addr(), bound_method::NAME), s.addr());
    }
}
