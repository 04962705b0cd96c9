//! Exception chaining: an exception raised while another is being handled
//! gets that one as its `__context__`; `raise X from Y` sets `__cause__`
//! and `__suppress_context__`; and the run's report prints the chain.
//!
//! Which exception is being handled is read from the frames, not kept on
//! a stack of its own: the compiler marks the instructions that run while
//! a frame handles one (`CodeObject::handling`) and says where that
//! exception is kept, so entering and leaving a handler costs nothing,
//! and only a raise looks.

use crate::bytecode::Held;
use crate::error::{ChainLink, Chained, ExcKind, ExcObject, PyError, RawError};
use crate::object::Obj;
use crate::value::Value;
use crate::vm::Vm;

/// The longest chain a report prints, and walks when it cuts a cycle (a
/// chain is made one raise at a time: this bounds a runaway program's).
const MAX_CHAIN: usize = 10_000;

impl Vm {
    /// The exception the innermost frame above `floor` that is handling
    /// one is handling.
    pub(crate) fn handled_exception(&self, floor: usize) -> Option<Value> {
        for frame in self.frames[floor.min(self.frames.len())..].iter().rev() {
            let code = &self.codes[frame.code.0 as usize].code;
            let at = frame.pc.saturating_sub(1) as u32;
            let Some(h) = code.handling.iter().find(|h| h.start <= at && at < h.end) else {
                continue;
            };
            let held = match h.held {
                Held::Caught => {
                    let depth = code.handlers.iter().find(|c| c.target == h.start)?.depth as usize;
                    self.stack.get(frame.base + code.locals.names.len() + depth).copied()
                }
                Held::Local(slot) => self.stack.get(frame.base + slot as usize).copied(),
                Held::Global(name) => {
                    let slot = self.codes[frame.code.0 as usize].global_slots[name as usize] as usize;
                    Some(self.globals[slot])
                }
                Held::Name(name) => {
                    let ns = self.stack.get(frame.base)?.as_obj()?;
                    let key = Value::Obj(self.codes[frame.code.0 as usize].names[name as usize]);
                    self.dict_get(ns, key).ok().flatten()
                }
            };
            return held.filter(|&v| self.is_exception(v));
        }
        None
    }

    /// Whether `v` is an exception object (an instance of `BaseException`).
    pub(crate) fn is_exception(&self, v: Value) -> bool {
        let base = self.exception_classes[0].0;
        self.class_of(v).is_some() && self.is_instance_of(v, base)
    }

    /// Gives `e` its context where it is raised: the exception being
    /// handled there, if any (once: an error passing up through a
    /// built-in is seen again by the run around it). Frames of an outer
    /// run have their place saved only at calls, so an error not raised
    /// inside a handler of this run waits for the outer run to look.
    pub(crate) fn settle_context(&mut self, e: &mut PyError) {
        if e.context_settled || !Vm::catchable(e) || e.kind == ExcKind::SystemExit {
            return;
        }
        let floor = self.exec_floor;
        let handled = self.handled_exception(floor);
        if handled.is_none() && floor > 0 {
            return;
        }
        e.context_settled = true;
        let Some(handled) = handled else { return };
        let exc = self.exception_object(e);
        if exc.is(handled) || !self.is_exception(exc) {
            return;
        }
        e.value = Some(ExcObject(exc));
        // No cycle: if `exc` is already in the handled one's chain, the
        // chain is cut there (as CPython cuts it).
        let mut link = handled;
        for _ in 0..MAX_CHAIN {
            let next = self.exception_attr(link, "__context__");
            if next.is(exc) {
                self.set_exception_attr(link, "__context__", Value::None);
                break;
            }
            if !self.is_exception(next) {
                break;
            }
            link = next;
        }
        self.set_exception_attr(exc, "__context__", handled);
    }

    /// `raise exc from cause`: `cause` (an exception, a class of them made
    /// with no arguments, or None) becomes `exc`'s `__cause__`, and its
    /// context is no longer printed.
    pub(crate) fn set_cause(&mut self, exc: Value, cause: Value) -> Result<(), PyError> {
        let mut cause = cause;
        if let Some(Obj::Class(_)) = cause.as_obj().map(|r| self.heap.get(r)) {
            self.temp_roots.push(exc);
            let made = self.call_value(cause, &[]);
            self.temp_roots.pop();
            cause = made?;
        }
        if !cause.is_none() && !self.is_exception(cause) {
            return Err(RawError::type_error("exception causes must derive from BaseException").into());
        }
        if self.is_exception(exc) {
            self.set_exception_attr(exc, "__cause__", cause);
            self.set_exception_attr(exc, "__suppress_context__", Value::Bool(true));
        }
        Ok(())
    }

    /// Replaces error `e` by a new `kind` error with message `msg` whose
    /// cause is `e` (CPython's `_PyErr_FormatFromCause`): `e`'s traceback
    /// moves into its exception object, printed above the new one.
    pub(crate) fn convert_with_cause(&mut self, e: &mut PyError, kind: ExcKind, msg: String) {
        let roots = self.temp_roots.len();
        let cause = self.exception_object(e);
        self.temp_roots.push(cause);
        if let Some(crate::object::ObjMut::Instance(i)) = cause.as_obj().map(|r| self.heap.get_mut(r)) {
            i.traceback = Some(Box::new(crate::object::class::Caught {
                traceback: std::mem::take(&mut e.traceback).into(),
                suggestion: e.suggestion.take(),
            }));
        }
        let mut converted = PyError::new(kind, msg);
        let exc = self.exception_object(&converted);
        self.temp_roots.push(exc);
        self.chain_as_cause(exc, cause);
        self.temp_roots.truncate(roots);
        converted.value = Some(ExcObject(exc));
        converted.context_settled = true;
        *e = converted;
    }

    /// `exc` raised because of `cause` by the VM itself (PEP 479's
    /// RuntimeError for an escaping StopIteration): its cause and its
    /// context, the context not printed.
    pub(crate) fn chain_as_cause(&mut self, exc: Value, cause: Value) {
        self.set_exception_attr(exc, "__cause__", cause);
        self.set_exception_attr(exc, "__context__", cause);
        self.set_exception_attr(exc, "__suppress_context__", Value::Bool(true));
    }

    /// Fills `e.chain` with the exceptions CPython prints above it: its
    /// cause, else its context (unless suppressed), then theirs, each
    /// once.
    pub fn describe_chain(&mut self, e: &mut PyError) {
        let Some(ExcObject(first)) = e.value else { return };
        let roots = self.temp_roots.len();
        self.temp_roots.push(first);
        let mut links = Vec::new();
        let mut current = first;
        while links.len() < MAX_CHAIN {
            let cause = self.exception_attr(current, "__cause__");
            let (next, link) = if self.is_exception(cause) {
                (cause, ChainLink::Cause)
            } else {
                let context = self.exception_attr(current, "__context__");
                let suppressed = self.exception_attr(current, "__suppress_context__");
                if !self.is_exception(context) || matches!(suppressed, Value::Bool(true)) {
                    break;
                }
                (context, ChainLink::Context)
            };
            if self.temp_roots[roots..].iter().any(|v| v.is(next)) {
                break;
            }
            self.temp_roots.push(next);
            links.push(self.chained(next, link));
            current = next;
        }
        self.temp_roots.truncate(roots);
        links.reverse();
        e.chain = links.into();
    }

    /// How exception `exc` is printed in a chain.
    fn chained(&mut self, exc: Value, then: ChainLink) -> Chained {
        let (traceback, suggestion) = match exc.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Instance(i)) => match i.traceback.as_deref() {
                Some(caught) => (caught.traceback.to_vec(), caught.suggestion.clone()),
                None => (Vec::new(), None),
            },
            _ => (Vec::new(), None),
        };
        let name = self.class_of(exc).map_or("BaseException", |c| self.class_name(c));
        let last_line = match self.str_value(exc) {
            Ok(msg) if msg.is_empty() => name.to_string(),
            Ok(msg) => format!("{name}: {msg}"),
            Err(_) => format!("{name}: <exception str() failed>"),
        };
        let last_line = match suggestion {
            Some(s) => format!("{last_line}. Did you mean: '{s}'?"),
            None => last_line,
        };
        Chained {
            traceback,
            last_line,
            then,
        }
    }

    /// An exception's own attribute `name` (`__context__`, ...), None when
    /// it has not set one.
    fn exception_attr(&self, exc: Value, name: &str) -> Value {
        let key = self.heap.intern(name);
        match exc.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Instance(i)) => self.shapes.slot(i.shape(), key).map_or(Value::None, |s| i.slot(s)),
            _ => Value::None,
        }
    }

    fn set_exception_attr(&mut self, exc: Value, name: &str, value: Value) {
        let key = self.heap.intern(name);
        // Exception objects take any attribute; a failure leaves the
        // chain unlinked, nothing worse.
        let _ = self.set_attr(exc, key, value);
    }
}
