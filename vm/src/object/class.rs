//! The objects of script classes: classes, their instances, methods bound
//! to an instance, the `staticmethod`/`classmethod`/`property` wrappers,
//! and `super()` proxies. Their behaviour (attribute lookup, the MRO,
//! instantiation) lives in `crate::classes`.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

use super::{Header, Kind, Object, ShapeId};
use crate::heap::ObjRef;
use crate::value::Value;

/// What names found along a class's MRO (None: nothing).
pub(crate) type Lookups = HashMap<ObjRef, Option<Value>, ahash::RandomState>;

/// A class made by a `class` statement (or the built-in `object`).
#[repr(C)]
pub struct ClassObj {
    header: Header,
    /// Moves whenever this class's namespace changes (an attribute set or
    /// deleted on the class): compiled code that looked a name up along
    /// an MRO guards the version of each class on it
    /// (`layout::class::VERSION`).
    pub(crate) version: Cell<u64>,
    /// The class's name, as type names are (`'Vec' object has no
    /// attribute 'z'`): see `static_name`.
    pub name: &'static str,
    /// The bases as written, a tuple of classes (empty for `object`).
    pub bases: ObjRef,
    /// The method resolution order (C3): the class itself first, `object`
    /// last.
    pub mro: Vec<ObjRef>,
    /// The namespace the body left: methods and class attributes.
    pub dict: ObjRef,
    /// `__init__` (`.1`) and a `__new__` other than `object`'s (`.2`) as
    /// found at class version `.0` (`Vm::class_version`): valid only while
    /// the version is current (then they are in dicts of the MRO, so
    /// alive; they are not marked from here).
    pub(crate) init_cache: Cell<(u32, Option<Value>, Option<Value>)>,
    /// How many attributes instances grew to so far: new instances start
    /// with room for that many.
    pub(crate) slot_hint: Cell<u32>,
    /// Whether a class of the MRO has a property, as found at class
    /// version `.0`: without one, an instance's own attribute needs no
    /// look at the classes.
    pub(crate) has_properties: Cell<(u32, bool)>,
    /// Names looked up along the MRO, and what they found, at class
    /// version `.0` (which also moves at every collection, so a name that
    /// died cannot be mistaken for another str made at its address).
    pub(crate) lookups: RefCell<(u32, Lookups)>,
    /// What the MRO holds for each special method name, by `Special`
    /// (None: not looked up yet), at class version `.0`; empty until the
    /// first lookup. Found values are in dicts of the MRO, so alive.
    pub(crate) specials: RefCell<(u32, Vec<Option<Option<Value>>>)>,
    /// Whether this class or one that derives from it defines `__init__`
    /// (set for good the first time one does, moving `version`): until
    /// then a `__new__` of its own is the whole of a call of the class,
    /// whatever instance it returns.
    pub(crate) inits_below: Cell<bool>,
    /// Whether the class keeps a named tuple's own `__hash__` (`.1`) and
    /// `__eq__` (`.2`), and whether it has an `__eq__` at all (`.3`), as
    /// found at class version `.0`: its instances then hash and compare
    /// as their tuples, with no call.
    pub(crate) tuple_methods: Cell<(u32, bool, bool, bool)>,
    /// A named tuple class's field names (interned) and the shape its
    /// instances have once filled, as found at class version `.0`
    /// (`namedtuple::layout`); the names live in that shape.
    pub(crate) tuple_layout: RefCell<Option<TupleLayout>>,
    /// For a native class that behaves as a built-in type (`Counter` as a
    /// `dict`): that type, for which `isinstance` holds.
    pub(crate) stands_for: Cell<Option<crate::object::TypeKind>>,
    /// A native class for a type CPython writes in C (`array.array`,
    /// `collections.deque`): like CPython's immutable types, a script may
    /// not set or delete its attributes (`native_class::make_class`).
    pub(crate) immutable: Cell<bool>,
    /// The metaclass, when it is not `type`: a class deriving from
    /// `type` (`vm/src/metaclass.rs`). Set when the class is made and
    /// never changed.
    pub(crate) meta: Cell<Option<ObjRef>>,
    /// A built-in iterator class whose `__next__` never runs script code
    /// (`itertools.permutations`, `count`...): compiled code steps its
    /// instances through a helper, exactly once per step
    /// (`Vm::iter_step_for_jit`).
    pub(crate) steps_without_script: Cell<bool>,
    /// For a class made in Rust (`native_class::make_subclass`), the name
    /// of the layout of its instances' native state: its own name, or the
    /// name of the class whose state and methods it shares (the host's
    /// binary streams share `_io.TextIOWrapper`'s). Its methods read that
    /// state, so they take only instances of a class with that layout.
    pub(crate) layout: Cell<Option<&'static str>>,
}

/// A named tuple class's layout: the class version it was found at, the
/// field names, the shape of a filled instance.
pub(crate) type TupleLayout = (u32, std::rc::Rc<[ObjRef]>, ShapeId);

impl ClassObj {
    pub fn new(name: &'static str, bases: ObjRef, mro: Vec<ObjRef>, dict: ObjRef) -> ClassObj {
        ClassObj {
            header: Header::new(Kind::Class),
            version: Cell::new(0),
            name,
            bases,
            mro,
            dict,
            init_cache: Cell::new((u32::MAX, None, None)),
            slot_hint: Cell::new(0),
            has_properties: Cell::new((u32::MAX, false)),
            lookups: RefCell::new((u32::MAX, HashMap::default())),
            specials: RefCell::new((u32::MAX, Vec::new())),
            inits_below: Cell::new(false),
            tuple_methods: Cell::new((u32::MAX, false, false, false)),
            tuple_layout: RefCell::new(None),
            stands_for: Cell::new(None),
            immutable: Cell::new(false),
            meta: Cell::new(None),
            steps_without_script: Cell::new(false),
            layout: Cell::new(None),
        }
    }
}

// SAFETY: repr(C), header first, kind Class (see `new`).
unsafe impl Object for ClassObj {
    const KIND: Kind = Kind::Class;
    fn owned_bytes(&self) -> usize {
        self.mro.capacity() * 8
            + self.lookups.borrow().1.capacity() * 32
            + self.specials.borrow().1.capacity() * std::mem::size_of::<Option<Option<Value>>>()
    }
}

/// An instance of a script class: its attributes in slots laid out by the
/// shape in its header (instances that set the same attributes in the same
/// order share a shape).
///
/// The slots are a `Vec<Value>` kept as its raw parts (as `ListObj` keeps
/// its buffer), so compiled code can read and write a slot through `data`
/// (`layout::instance`) while the VM goes through the methods below.
#[repr(C)]
pub struct InstanceObj {
    header: Header,
    pub class: ObjRef,
    /// The attribute values, by slot.
    pub(crate) slots: crate::cvec::CVec<Value>,
    /// For a caught exception: where it was raised, so raising it again
    /// reports that place, and what its report suggests.
    pub(crate) traceback: Option<Box<Caught>>,
}

/// What a caught exception keeps of the error it was raised as.
pub(crate) struct Caught {
    /// Innermost frame first.
    pub(crate) traceback: Box<[crate::error::TraceEntry]>,
    /// The report's "Did you mean" (`PyError::suggestion`).
    pub(crate) suggestion: Option<Box<str>>,
}

impl InstanceObj {
    pub fn new(class: ObjRef, shape: ShapeId, capacity: usize) -> InstanceObj {
        let mut header = Header::new(Kind::Instance);
        header.shape = shape.0;
        InstanceObj {
            header,
            class,
            slots: crate::cvec::CVec::with_capacity(capacity),
            traceback: None,
        }
    }
    pub fn shape(&self) -> ShapeId {
        ShapeId(self.header.shape)
    }
    pub(crate) fn set_shape(&mut self, shape: ShapeId) {
        self.header.shape = shape.0;
    }
    /// The attribute values, by slot.
    pub fn slots(&self) -> &[Value] {
        self.slots.as_slice()
    }
    pub(crate) fn slot(&self, slot: usize) -> Value {
        self.slots()[slot]
    }
    pub(crate) fn set_slot(&mut self, slot: usize, value: Value) {
        self.slots.set(slot, value);
    }
    /// Replaces every slot (the instance's attributes moved into a dict).
    pub(crate) fn replace_slots(&mut self, slots: Vec<Value>) {
        self.slots.put(slots);
    }
    /// Adds a slot at the end (the shape grew by one name).
    pub(crate) fn push_slot(&mut self, value: Value) {
        let mut v = self.slots.take();
        v.push(value);
        self.slots.put(v);
    }
    /// Removes a slot (an attribute was deleted).
    pub(crate) fn remove_slot(&mut self, slot: usize) {
        let mut v = self.slots.take();
        v.remove(slot);
        self.slots.put(v);
    }
}

// SAFETY: repr(C), header first, kind Instance (see `new`).
unsafe impl Object for InstanceObj {
    const KIND: Kind = Kind::Instance;
    fn owned_bytes(&self) -> usize {
        let traceback = self.traceback.as_ref().map_or(0, |t| t.traceback.len());
        self.slots.capacity() * 16 + traceback * std::mem::size_of::<crate::error::TraceEntry>()
    }
}

/// A script function bound to the value it was looked up on
/// (`v.norm`): calling it passes `receiver` first.
#[repr(C)]
pub struct MethodObj {
    header: Header,
    pub func: Value,
    pub receiver: Value,
}

impl MethodObj {
    pub fn new(func: Value, receiver: Value) -> MethodObj {
        MethodObj {
            header: Header::new(Kind::Method),
            func,
            receiver,
        }
    }
}

// SAFETY: repr(C), header first, kind Method (see `new`).
unsafe impl Object for MethodObj {
    const KIND: Kind = Kind::Method;
}

/// Which wrapper a `DescriptorObj` is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DescriptorKind {
    StaticMethod,
    ClassMethod,
    Property,
}

/// `staticmethod(f)`, `classmethod(f)` or `property(fget, fset)`: how a
/// function found on a class binds when looked up.
#[repr(C)]
pub struct DescriptorObj {
    header: Header,
    pub kind: DescriptorKind,
    /// The wrapped function; a property's getter (None if it has none).
    pub func: Value,
    /// A property's setter, or None.
    pub setter: Value,
    /// A property's deleter, or None.
    pub deleter: Value,
}

impl DescriptorObj {
    pub fn new(kind: DescriptorKind, func: Value, setter: Value, deleter: Value) -> DescriptorObj {
        DescriptorObj {
            header: Header::new(Kind::Descriptor),
            kind,
            func,
            setter,
            deleter,
        }
    }
}

// SAFETY: repr(C), header first, kind Descriptor (see `new`).
unsafe impl Object for DescriptorObj {
    const KIND: Kind = Kind::Descriptor;
}

/// `super()` or `super(cls, obj)`: looks attributes up in the MRO of
/// `receiver`'s class (or of `receiver` itself, a class, in a
/// classmethod) after `after`.
#[repr(C)]
pub struct SuperObj {
    header: Header,
    pub after: ObjRef,
    pub receiver: Value,
}

impl SuperObj {
    pub fn new(after: ObjRef, receiver: Value) -> SuperObj {
        SuperObj {
            header: Header::new(Kind::Super),
            after,
            receiver,
        }
    }
}

// SAFETY: repr(C), header first, kind Super (see `new`).
unsafe impl Object for SuperObj {
    const KIND: Kind = Kind::Super;
}

/// A class name as a `&'static str`, so that a type's name is the same
/// kind of value for script classes as for built-in types (every error
/// message takes one). Names come only from `class` statements, so there
/// are no more of them than identifiers in the source compiled; each is
/// kept once for the life of the process.
pub fn static_name(name: &str) -> &'static str {
    static NAMES: Mutex<Option<HashSet<&'static str>>> = Mutex::new(None);
    let mut names = NAMES.lock().unwrap_or_else(|e| e.into_inner());
    let names = names.get_or_insert_with(HashSet::new);
    if let Some(&known) = names.get(name) {
        return known;
    }
    let leaked: &'static str = Box::leak(name.to_owned().into_boxed_str());
    names.insert(leaked);
    leaked
}
