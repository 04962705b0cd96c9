//! The code table: the code objects the interpreter can run, loaded from
//! the compiler's output and freed when nothing can run them any more.
//!
//! Code objects are not heap objects (the interpreter indexes them by
//! `CodeId` on every instruction, and traces hold ids as constants), but
//! their lifetime follows the heap's: a collection finds the live codes,
//! marks their constants, and frees the codes it did not reach. Their
//! slots go to the codes loaded next. Without this an engine kept every
//! run's code and constants for its whole life (issue #18: a script with
//! a 1 MB literal, run 300 times, grew to 293 MB).
//!
//! A code is live while
//! - a frame runs it;
//! - a live function object runs it;
//! - it is nested in a live code (whose `MakeFunction` can still make it);
//! - a compiled trace names it (`Vm::pin_code_for_jit`): machine code
//!   holds code ids as constants, so a trace's codes stay until the JIT
//!   drops its traces;
//! - the host holds a compiled program of it (`Vm::pin_code_for_host`);
//! - or a recording is under way: the recorder holds code ids that the
//!   table cannot see, so no code is freed by a collection then.
//!
//! A freed code's id is reused: the JIT hears of every freed code
//! (`Vm::take_freed_codes`) and forgets what it knew of it (its abort
//! counts, whether it recursed) before it can meet the new code.

use std::rc::Rc;

use crate::bytecode::{CodeId, CodeObject, Constant};
use crate::heap::ObjRef;
use crate::value::Value;
use crate::vm::{LoopState, Vm, NO_TRACE};

/// A loaded code object with what the interpreter needs beside it: its
/// constants as values, its names resolved to global slots, and the ids of
/// the functions defined in it.
pub struct CodeEntry {
    pub code: Rc<CodeObject>,
    pub consts: Vec<Value>,
    /// `code.names` as interned strs (attribute names compare by identity).
    pub names: Vec<ObjRef>,
    /// One inline cache per instruction, for those that look an attribute
    /// or method up by name (see `AttrCache`).
    pub(crate) caches: Vec<std::cell::Cell<crate::call::AttrCache>>,
    /// The earlier answers of instructions whose receivers vary (a base
    /// class's method running on each subclass's instances):
    /// `call::POLY_WAYS` per instruction, made when the first instruction
    /// of this code meets a second class, so that code which never does
    /// pays nothing.
    pub(crate) poly_caches: std::cell::OnceCell<Box<[std::cell::Cell<crate::call::AttrCache>]>>,
    /// For each entry of `code.names`: its global slot.
    pub global_slots: Vec<u32>,
    /// The namespace of the module whose globals the code reads.
    pub namespace: u32,
    pub children: Vec<CodeId>,
    /// For a function whose calls can bind positional arguments and
    /// defaults to parameters and nothing else (no cells to make, no
    /// `*args`, no keyword-only parameters): how (`Vm::push_plain_frame`
    /// reads it without a look into the code object).
    pub(crate) plain_frame: Option<PlainFrame>,
    /// The slot's code was freed; it holds nothing until it is reused.
    pub(crate) freed: bool,
}

impl CodeEntry {
    /// What a freed slot holds: no instructions, no constants.
    fn empty() -> CodeEntry {
        let none: Rc<str> = Rc::from("");
        CodeEntry {
            code: Rc::new(CodeObject {
                handlers: Vec::new(),
                name: none.clone(),
                qualname: none.clone(),
                filename: none,
                first_line: 0,
                instrs: Vec::new(),
                lines: Vec::new(),
                positions: Default::default(),
                source: None,
                handling: Vec::new(),
                consts: Vec::new(),
                names: Vec::new(),
                locals: Default::default(),
                ndefaults: 0,
                children: Vec::new(),
                nloops: 0,
                is_module: false,
                doc: None,
            }),
            consts: Vec::new(),
            names: Vec::new(),
            caches: Vec::new(),
            poly_caches: Default::default(),
            global_slots: Vec::new(),
            namespace: crate::vm::MAIN_NAMESPACE,
            children: Vec::new(),
            plain_frame: None,
            freed: true,
        }
    }
}

/// A function's frame as a plain call makes it: its parameters are its
/// first slots, a closure's cells (if any) go to consecutive slots, the
/// rest start unbound.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PlainFrame {
    pub nparams: u32,
    pub nslots: u32,
    /// The first of the slots that take the function's closure cells.
    pub free_at: u32,
    pub nfree: u32,
    /// A generator function (or `async def`): the frame becomes a
    /// generator object instead of running.
    pub suspends: bool,
}

impl PlainFrame {
    /// Whether `argc` positional arguments bind plainly to a function
    /// with `ndefaults` defaults: one per parameter, the parameters past
    /// them having defaults.
    #[inline(always)]
    pub(crate) fn binds(self, argc: usize, ndefaults: usize) -> bool {
        argc <= self.nparams as usize && argc + ndefaults >= self.nparams as usize
    }
}

/// Which codes a collection found live.
pub(crate) struct CodeMarks {
    live: Vec<bool>,
    /// A recording is under way: every code stays.
    keep_all: bool,
}

impl CodeMarks {
    pub(crate) fn new(vm: &Vm) -> CodeMarks {
        CodeMarks {
            live: vec![false; vm.codes.len()],
            keep_all: vm.recording,
        }
    }

    /// The codes live whatever the heap holds: those frames run, those
    /// traces name, and all of them while a recording is under way.
    pub(crate) fn roots(&self, vm: &Vm) -> Vec<CodeId> {
        if self.keep_all {
            return (0..vm.codes.len() as u32).map(CodeId).collect();
        }
        let frames = vm.frames.iter().map(|f| f.code);
        let pinned = vm.jit_codes.iter().chain(&vm.host_codes).copied();
        frames.chain(pinned).collect()
    }

    /// `cid` is live: so are the codes nested in it, and the values of
    /// those seen for the first time go to `values` for marking.
    pub(crate) fn reach(&mut self, codes: &[CodeEntry], cid: CodeId, values: &mut Vec<Value>) {
        let mut work = vec![cid];
        while let Some(c) = work.pop() {
            let seen = &mut self.live[c.0 as usize];
            if std::mem::replace(seen, true) {
                continue;
            }
            let entry = &codes[c.0 as usize];
            values.extend_from_slice(&entry.consts);
            values.extend(entry.names.iter().map(|&n| Value::Obj(n)));
            work.extend_from_slice(&entry.children);
        }
    }
}

impl Vm {
    fn constant_value(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Int(i) => Value::Int(*i),
            Constant::Float(f) => Value::Float(*f),
            Constant::Str(s) => Value::Obj(self.heap.intern(s)),
            Constant::Ellipsis => crate::typing::ellipsis(self),
            Constant::BigInt(text) => self.int_literal(text),
            Constant::Bytes(b) => self.new_bytes(b.to_vec(), false),
            Constant::Imag(f) => self.new_complex(crate::ops::complex::Complex::new(0.0, *f)),
            Constant::Names(names) => {
                let items: Vec<Value> = names.iter().map(|n| Value::Obj(self.heap.intern(n))).collect();
                self.new_tuple(items)
            }
            Constant::Tuple(items) => {
                let items: Vec<Value> = items.iter().map(|c| self.constant_value(c)).collect();
                self.new_tuple(items)
            }
            Constant::FrozenSet(items) => {
                // CPython builds the constant from the items, then builds
                // it again from that set's own order (its compiler's
                // constant merging), and the second build is what runs.
                let items: Vec<Value> = items.iter().map(|c| self.constant_value(c)).collect();
                let mut set = Value::None;
                let mut order = items;
                for _ in 0..2 {
                    set = self.new_set(crate::object::SetTable::default(), true);
                    let r = set.as_obj().expect("a set");
                    for &item in &order {
                        // Constants are hashable and compare without
                        // script code; the limits have not started yet.
                        let _ = self.set_add(r, item);
                    }
                    order = self
                        .set_table(set)
                        .map(|t| t.iter().map(|e| e.key).collect())
                        .unwrap_or_default();
                }
                set
            }
        }
    }

    /// Registers a code object (and the functions nested in it) so the
    /// interpreter can run it; returns its id.
    pub fn load_code(&mut self, code: Rc<CodeObject>) -> CodeId {
        self.load_code_in(code, crate::vm::MAIN_NAMESPACE)
    }

    /// `load_code` for a module whose globals are namespace `ns`.
    pub(crate) fn load_code_in(&mut self, code: Rc<CodeObject>, ns: u32) -> CodeId {
        let children = code.children.iter().map(|c| self.load_code_in(c.clone(), ns)).collect();
        let consts = code.consts.iter().map(|c| self.constant_value(c)).collect();
        let global_slots = code.names.iter().map(|n| self.global_slot_in(ns, n)).collect();
        let names = code.names.iter().map(|n| self.heap.intern(n)).collect();
        let caches = vec![Default::default(); code.instrs.len()];
        let fresh = LoopState {
            countdown: self.hot_threshold,
            trace: NO_TRACE,
        };
        let loops = vec![fresh; code.nloops as usize];
        let locals = &code.locals;
        // A closure (`lambda p: p[0] ^ r`) binds plainly too when its cells
        // go to consecutive slots past the parameters; a frame that makes
        // cells of its own takes the general binding.
        let free_at = locals.free.first().copied().unwrap_or(locals.nparams);
        let consecutive = (free_at..).zip(&locals.free).all(|(want, &slot)| slot == want);
        let plain_frame = (locals.cells.is_empty() && consecutive && free_at >= locals.nparams && !locals.extended())
            .then_some(PlainFrame {
                nparams: locals.nparams,
                nslots: locals.names.len() as u32,
                free_at,
                nfree: locals.free.len() as u32,
                suspends: locals.generator,
            });
        let entry = CodeEntry {
            code,
            consts,
            names,
            caches,
            poly_caches: Default::default(),
            global_slots,
            namespace: ns,
            children,
            plain_frame,
            freed: false,
        };
        match self.free_code_slots.pop() {
            Some(slot) => {
                let i = slot as usize;
                self.codes[i] = entry;
                self.loops[i] = loops;
                self.entries[i] = fresh;
                CodeId(slot)
            }
            None => {
                self.codes.push(entry);
                self.loops.push(loops);
                self.entries.push(fresh);
                CodeId(self.codes.len() as u32 - 1)
            }
        }
    }

    pub fn code(&self, id: CodeId) -> &CodeEntry {
        &self.codes[id.0 as usize]
    }

    /// Frees the codes a collection did not reach.
    pub(crate) fn free_dead_codes(&mut self, marks: CodeMarks) {
        if marks.keep_all {
            return;
        }
        for (i, live) in marks.live.into_iter().enumerate() {
            if live || self.codes[i].freed {
                continue;
            }
            self.fold_profile(i);
            self.codes[i] = CodeEntry::empty();
            self.loops[i] = Vec::new();
            self.free_code_slots.push(i as u32);
            self.freed_codes.push(CodeId(i as u32));
        }
    }

    /// Codes loaded and not freed.
    pub fn loaded_codes(&self) -> usize {
        self.codes.len() - self.free_code_slots.len()
    }

    /// A trace names this code: it stays loaded until the JIT drops its
    /// traces (`clear_jit_roots`).
    pub fn pin_code_for_jit(&mut self, code: CodeId) {
        if !self.jit_codes.contains(&code) {
            self.jit_codes.push(code);
        }
    }

    /// The host holds a compiled program of this code: it stays loaded
    /// (and keeps its traces) until `unpin_code_for_host`.
    pub fn pin_code_for_host(&mut self, code: CodeId) {
        self.host_codes.push(code);
    }

    /// The host let go of the program of this code.
    pub fn unpin_code_for_host(&mut self, code: CodeId) {
        if let Some(i) = self.host_codes.iter().position(|&c| c == code) {
            self.host_codes.swap_remove(i);
        }
    }

    /// The codes freed since the last call: the JIT forgets them, as their
    /// ids will name other codes.
    pub fn take_freed_codes(&mut self) -> Vec<CodeId> {
        std::mem::take(&mut self.freed_codes)
    }
}
