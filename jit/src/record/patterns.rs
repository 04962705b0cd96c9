//! Recording a `match` statement's own instructions (`MatchSequence`,
//! `MatchMapping`, `MatchKeys`, `MatchClass`); its other tests are the
//! ordinary comparisons, unpackings and jumps.
//!
//! Each is a call of the runtime function the interpreter runs (the
//! helpers of the same names), made only where that function runs no
//! script code (a `__len__`, a property, a `__getattr__` of the script),
//! with guards on what keeps it so: the subject's kind, or its class,
//! shape and MRO versions. Where the kind (or class) alone decides the
//! answer (`[a, b]` tried on an int, `{...}` on a list), the answer is a
//! constant under that guard.

use super::*;

impl Recorder {
    /// `MatchSequence n` and `MatchMapping n`: whether the subject on top
    /// is a sequence of the right length (a mapping of enough items).
    pub(super) fn match_shape(&mut self, vm: &Vm, op: Opcode, n: u32) -> Rec<Step> {
        let r = self.peek(vm, 0)?;
        let sequence = op == Opcode::MatchSequence;
        if let Op::VTuple(t) = self.ir.op(r) {
            // A tuple the trace built: its length is known.
            let len = self.ir.tuples[t as usize].len() as u32;
            let fits = sequence
                && if n & rumba_vm::ops::pattern::SEQUENCE_STARRED != 0 {
                    len >= n >> 1
                } else {
                    len == n >> 1
                };
            let m = self.emit(Op::KBool(fits), Ty::Bool);
            self.push(m);
            return Ok(Step::Continue);
        }
        let v = self.actual(vm, 0);
        let kind_fits = if sequence {
            vm.is_match_sequence(v)
        } else {
            vm.is_match_mapping(v)
        };
        let plan = if kind_fits {
            vm.native_len_for_jit(v).ok_or_else(|| {
                Abort::nyi_on(
                    "a pattern on an instance with a __len__ of its own",
                    words::a(vm.type_name(v)),
                )
            })?
        } else {
            None
        };
        // What the subject is decides whether it is a sequence (mapping).
        match (v, &plan) {
            (_, Some(plan)) => self.guard_instance(r, plan),
            (Value::Obj(o), None) => match vm.heap.get(o) {
                Obj::Instance(i) => self.guard_class(r, i.class),
                _ => {
                    self.guard(Op::GuardKind(r, vm.heap.kind(o) as u8), Ty::Void);
                }
            },
            // A number, a bool or None: the slot's type guard decided.
            _ => {}
        }
        let needs_len = kind_fits && (sequence || n > 0);
        let m = if needs_len {
            let helper = if sequence {
                Helper::MatchSequence
            } else {
                Helper::MatchMapping
            };
            self.call(helper, vec![RawArg::Imm(n as u64)], vec![r], Ty::Bool)
        } else {
            self.emit(Op::KBool(kind_fits), Ty::Bool)
        };
        self.push(m);
        Ok(Step::Continue)
    }

    /// `MatchKeys`: the mapping's values for keys that are constants of
    /// the trace (literals, or value patterns the trace found constant)
    /// of types that hash and compare without script code.
    pub(super) fn match_keys(&mut self, vm: &Vm, rest: u32) -> Rec<Step> {
        let (m, k) = (self.peek(vm, 1)?, self.peek(vm, 0)?);
        let plain_value = |v: Value| match v {
            Value::Obj(o) => vm.heap.kind(o) == Kind::Str,
            _ => true,
        };
        let constant = |op: Op| matches!(op, Op::KInt(_) | Op::KFloat(_) | Op::KBool(_) | Op::KNil | Op::KObj(_));
        let keys_plain = match self.ir.op(k) {
            Op::VTuple(t) => self.ir.tuples[t as usize].iter().all(|&c| constant(self.ir.op(c))),
            _ => false,
        } && match self.actual(vm, 0) {
            Value::Obj(o) => vm.heap.tuple(o).is_some_and(|t| t.iter().all(|&v| plain_value(v))),
            _ => false,
        };
        if !keys_plain {
            return Err(Abort::nyi(
                "a mapping pattern whose keys are not constant strs or numbers",
            ));
        }
        match self.actual(vm, 1) {
            Value::Obj(o) if vm.heap.kind(o) == Kind::Dict => {
                self.guard(Op::GuardKind(m, Kind::Dict as u8), Ty::Void);
            }
            // `defaultdict`, `Counter`, `OrderedDict`: native classes
            // whose dict inside is looked in.
            v @ Value::Obj(o) if vm.is_match_mapping(v) => match vm.heap.get(o) {
                Obj::Instance(i) => self.guard_class(m, i.class),
                _ => return Err(Abort::nyi("a mapping pattern on this kind of mapping")),
            },
            v => {
                return Err(Abort::nyi_on(
                    "a mapping pattern on this kind of object",
                    words::a(vm.type_name(v)),
                ))
            }
        }
        let k = self.real(k)?;
        let raw = vec![RawArg::Imm(rest as u64), RawArg::Imm(tag::UNDEF)];
        self.call_observed(Helper::MatchKeys, raw, vec![m, k], 1);
        Ok(Step::Continue)
    }

    /// `MatchClass n`: the subject's attributes for a class pattern, where
    /// fetching them runs no script code; the class and the attribute
    /// names are constants of the trace.
    pub(super) fn match_class(&mut self, vm: &Vm, nargs: u32) -> Rec<Step> {
        let (s, c, n) = (self.peek(vm, 2)?, self.peek(vm, 1)?, self.peek(vm, 0)?);
        let (subject, cls, names) = (self.actual(vm, 2), self.actual(vm, 1), self.actual(vm, 0));
        let plan = vm
            .match_class_plan_for_jit(subject, cls, nargs as usize, names)
            .ok_or_else(|| {
                Abort::nyi_on(
                    "a class pattern that may run script code",
                    words::a(vm.type_name(subject)),
                )
            })?;
        let (Value::Obj(cls), Op::KObj(_)) = (cls, self.ir.op(n)) else {
            return Err(Abort::Inconsistent("a class pattern's names are a constant"));
        };
        self.guard_is(c, cls);
        self.guard_versions(&plan.classes);
        match (&plan.subject, subject) {
            (Some(p), _) => self.guard_instance(s, p),
            (None, Value::Obj(o)) if !matches!(self.ir.op(s), Op::VTuple(_)) => {
                self.guard(Op::GuardKind(s, vm.heap.kind(o) as u8), Ty::Void);
            }
            _ => {}
        }
        let s = self.real(s)?;
        let raw = vec![RawArg::Imm(nargs as u64), RawArg::Imm(tag::UNDEF)];
        self.call_observed(Helper::MatchClass, raw, vec![s, c, n], 3);
        Ok(Step::Continue)
    }
}
