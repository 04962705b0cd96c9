//! The object heap and its precise, non-moving mark-and-sweep collector.
//!
//! Every object stays at its address until it is swept. Most objects are
//! small and short-lived (tuples, iterators, short strs), so objects of up
//! to `SMALL_MAX` bytes get blocks of 16-byte size classes, carved from
//! 256 KiB chunks and reused from a free list per class after a sweep; a
//! block costs a pop or a pointer bump instead of the allocator's path
//! (measured with `valgrind --tool=cachegrind`: a 32-byte object through
//! malloc and free is about 4x the instructions). Chunks are returned to
//! the allocator when the heap is dropped. Larger objects (long strs,
//! tuples) use the allocator directly.
//! An `ObjRef` is a pointer to the object's header. The heap keeps a list
//! of every object it made; a collection marks what the roots reach (with
//! an explicit work list: deep structures cannot overflow the host stack)
//! and frees the rest.
//!
//! The rule that makes this sound: an `ObjRef` is only ever dereferenced
//! while its object is alive, and an object is freed only by a collection,
//! which only runs at the interpreter's safe points (`Vm::tick`), where
//! every value the program can still use is in a root: the VM stack,
//! globals, the constants of live code, the VM's temporary roots, the
//! JIT's constants, the one-character strs, the special method names. The table of interned strs
//! does not keep them alive: a collection drops the dead ones from it. Collection takes `&mut Heap`, and every reference into an
//! object is a borrow of the heap (`get`, `list`, `str_obj`, ...), so no
//! reference can be held across one. Allocation takes `&Heap` (it moves
//! nothing), so code may read one object while making another.
//!
//! After every collection in debug builds and in stress mode (the GC-stress
//! tests), a verifier walks every object and checks that each reference it
//! holds points at a live object and that its fields are consistent.

use std::alloc::Layout;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::ptr::NonNull;

use crate::bytecode::CodeId;
use crate::error::{ExcKind, OpResult, RawError};
use crate::object::{
    BigIntObj, BigRangeObj, BoundMethodObj, BytesObj, CellObj, ClassObj, ComplexObj, DescriptorObj, DictObj,
    DictViewObj, EnumerateObj, FunctionObj, GeneratorObj, Header, HostFunctionObj, InstanceObj, Items, IterObj, Kind,
    ListObj, MethodObj, ModuleObj, NativeObj, Obj, ObjMut, Object, RangeIterObj, RangeObj, SeqIterObj, SetObj, Storage,
    StrIterObj, StrObj, SuperObj, TupleObj, TypeObj, TypingBox, ZipObj,
};
use crate::special::Special;
use crate::value::Value;

/// A reference to a heap object: the address of its header.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(transparent)]
pub struct ObjRef(NonNull<Header>);

impl ObjRef {
    /// The object's address, as compiled code and `id()` see it.
    #[inline]
    pub fn addr(self) -> u64 {
        self.0.as_ptr() as u64
    }

    /// The reference whose address is `addr`.
    ///
    /// # Safety
    /// `addr` must be the address of a live object (the payload of a
    /// `Value::Obj` that compiled code read or wrote).
    pub unsafe fn from_addr(addr: u64) -> ObjRef {
        ObjRef(NonNull::new(addr as *mut Header).expect("an object address is not null"))
    }

    #[inline]
    fn header(&self) -> &Header {
        // SAFETY: an ObjRef points at a live object (see the module doc).
        unsafe { self.0.as_ref() }
    }
}

impl fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ObjRef({:#x})", self.addr())
    }
}

/// Blocks up to this size are kept by size class for reuse.
const SMALL_MAX: usize = 128;
const GRANULE: usize = 16;
const CLASSES: usize = SMALL_MAX / GRANULE;
/// Small blocks are carved from chunks of this size.
const CHUNK: usize = 256 << 10;

/// Memory for an object of `layout`: a small block by size class, or the
/// allocator's.
#[inline]
fn block_layout(layout: Layout) -> Layout {
    debug_assert!(layout.align() <= GRANULE);
    if layout.size() <= SMALL_MAX {
        let size = layout.size().div_ceil(GRANULE).max(1) * GRANULE;
        Layout::from_size_align(size, GRANULE).expect("a small block layout")
    } else {
        layout.align_to(GRANULE).expect("an object layout")
    }
}

/// Copies `piece` into `buf` at `at`; returns where the next one goes.
/// A one-byte piece (a character of ASCII text, a `,` separator: most
/// pieces of joins and f-strings) is stored directly: a `memcpy` call
/// for it cost more than the byte.
#[inline(always)]
fn put_piece(buf: &mut [u8], at: usize, piece: &[u8]) -> usize {
    if let [b] = piece {
        buf[at] = *b;
    } else {
        buf[at..at + piece.len()].copy_from_slice(piece);
    }
    at + piece.len()
}

/// Collection starts after this many bytes were allocated since the last
/// one (or the live size, whichever is larger), so the cost of a
/// collection is paid for by at least as much allocation.
const MIN_GC_BYTES: usize = 4 << 20;

/// What the collector did, for `--gc-stats` and benchmarks.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct GcStats {
    pub collections: u64,
    /// Wall time spent collecting, in seconds: all pauses, and the longest.
    pub pause_total: f64,
    pub pause_max: f64,
    /// Largest estimated heap size seen at a collection or at the end.
    pub peak_bytes: usize,
}

pub struct Heap {
    /// Every object not yet swept.
    objects: RefCell<Vec<ObjRef>>,
    /// The generators, coroutines and asynchronous generators among them:
    /// a collection shows each dead one to the VM before it frees anything
    /// (its frame may hold cleanup code the VM must report).
    generators: RefCell<Vec<ObjRef>>,
    /// Small blocks freed by sweeps, by size class (class k holds blocks of
    /// `(k + 1) * GRANULE` bytes).
    kept: RefCell<[Vec<NonNull<u8>>; CLASSES]>,
    /// The bytes of those blocks: memory the process still holds, which
    /// counts toward the limit (a block of one class cannot serve another).
    kept_bytes: Cell<usize>,
    /// The chunk small blocks are carved from now: its next free byte and
    /// its end (both null before the first chunk).
    bump: Cell<(*mut u8, *mut u8)>,
    /// Every chunk, freed with the heap.
    chunks: RefCell<Vec<NonNull<u8>>>,
    /// Estimated bytes of the objects that survived the last collection.
    live_bytes: usize,
    /// Estimated bytes allocated (or grown) since the last collection.
    new_bytes: Cell<usize>,
    /// Largest estimated heap size allowed; exceeding it is a MemoryError.
    limit: usize,
    /// `new_bytes` above this asks for a collection: the pacing threshold,
    /// or less when the limit is near. Recomputed after each collection.
    trigger: usize,
    /// Strs that exist once per text (identifiers, constants), while
    /// something else keeps them alive: a collection drops the dead.
    interned: RefCell<HashMap<Box<str>, ObjRef, ahash::RandomState>>,
    /// The interned strs of one ASCII character, by code (iterating a str
    /// yields these without allocating).
    ascii: Vec<ObjRef>,
    /// The interned names of special methods, by `Special` (kept, as the
    /// one-character strs are: classes remember lookups by them).
    specials: Vec<ObjRef>,
    /// `b''` and the 256 one-byte bytes objects, shared as CPython shares
    /// them: `bytes([b])` and `data[i:i + 1]` allocate nothing.
    short_bytes: Vec<ObjRef>,
    /// `()`, one object as in CPython (`() is ()`, `tuple() is ()`).
    empty_tuple: Option<ObjRef>,
    /// Bytes native code holds outside any object while it works (the
    /// buffer a built-in gathers a result in, captured output): memory the
    /// script made the process take, so it counts toward the limit.
    held: Cell<usize>,
    /// Collect at every safe point after any allocation (tests the roots).
    pub stress: bool,
    pub stats: GcStats,
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new(usize::MAX)
    }
}

impl Heap {
    pub fn new(limit: usize) -> Heap {
        let mut heap = Heap {
            objects: RefCell::new(Vec::new()),
            generators: RefCell::new(Vec::new()),
            kept: RefCell::new(Default::default()),
            kept_bytes: Cell::new(0),
            bump: Cell::new((std::ptr::null_mut(), std::ptr::null_mut())),
            chunks: RefCell::new(Vec::new()),
            live_bytes: 0,
            new_bytes: Cell::new(0),
            limit,
            trigger: MIN_GC_BYTES.min(limit),
            interned: RefCell::new(HashMap::default()),
            ascii: Vec::new(),
            specials: Vec::new(),
            short_bytes: Vec::new(),
            empty_tuple: None,
            held: Cell::new(0),
            stress: false,
            stats: GcStats::default(),
        };
        heap.ascii = (0u8..128).map(|c| heap.intern(&(c as char).to_string())).collect();
        heap.specials = Special::ALL.iter().map(|s| heap.intern(s.name())).collect();
        heap.short_bytes = std::iter::once(Vec::new())
            .chain((0..=255u8).map(|b| vec![b]))
            .map(|data| heap.alloc(BytesObj::new(data, false)))
            .collect();
        heap.empty_tuple = Some(heap.new_tuple(&[]));
        heap
    }

    // ---- allocation ---------------------------------------------------

    /// A block for an object of `layout`.
    #[inline]
    fn block(&self, layout: Layout) -> NonNull<u8> {
        let block = block_layout(layout);
        if block.size() > SMALL_MAX {
            // SAFETY: the layout's size is not zero (every object has a header).
            let p = unsafe { std::alloc::alloc(block) };
            return NonNull::new(p).unwrap_or_else(|| std::alloc::handle_alloc_error(block));
        }
        if let Some(p) = self.kept.borrow_mut()[block.size() / GRANULE - 1].pop() {
            self.kept_bytes.set(self.kept_bytes.get() - block.size());
            return p;
        }
        let (next, end) = self.bump.get();
        if (end as usize).wrapping_sub(next as usize) >= block.size() && !next.is_null() {
            // SAFETY: next..end is the unused rest of a live chunk, and the
            // block fits in it.
            self.bump.set((unsafe { next.add(block.size()) }, end));
            // SAFETY: next is not null (checked above).
            return unsafe { NonNull::new_unchecked(next) };
        }
        self.new_chunk();
        self.block(layout)
    }

    /// Starts a new chunk for small blocks (the rest of the old one, less
    /// than one block, is left unused).
    #[cold]
    fn new_chunk(&self) {
        let layout = Layout::from_size_align(CHUNK, GRANULE).expect("the chunk layout");
        // SAFETY: the layout's size is not zero.
        let p = unsafe { std::alloc::alloc(layout) };
        let p = NonNull::new(p).unwrap_or_else(|| std::alloc::handle_alloc_error(layout));
        self.chunks.borrow_mut().push(p);
        // SAFETY: one past the end of the chunk just allocated.
        self.bump.set((p.as_ptr(), unsafe { p.as_ptr().add(CHUNK) }));
    }

    /// Gives back the block of an object of `layout` (dropped already).
    ///
    /// # Safety
    /// `p` must come from `block(layout)` and not be used again.
    unsafe fn release(&self, p: NonNull<u8>, layout: Layout) {
        let block = block_layout(layout);
        if block.size() <= SMALL_MAX {
            self.kept.borrow_mut()[block.size() / GRANULE - 1].push(p);
            self.kept_bytes.set(self.kept_bytes.get() + block.size());
        } else {
            // SAFETY: per the contract, p was allocated with this layout.
            unsafe { std::alloc::dealloc(p.as_ptr(), block) };
        }
    }

    #[inline]
    fn track(&self, r: ObjRef, bytes: usize) -> ObjRef {
        self.objects.borrow_mut().push(r);
        self.new_bytes.set(self.new_bytes.get() + bytes);
        r
    }

    /// Boxes a fixed-size object.
    pub fn alloc<T: Object>(&self, obj: T) -> ObjRef {
        let bytes = std::mem::size_of::<T>() + obj.owned_bytes();
        let p = self.block(Layout::new::<T>()).cast::<T>();
        // SAFETY: a fresh block with room for a T; T's first field is a
        // header (Object's contract), so p is also a header pointer.
        unsafe {
            p.as_ptr().write(obj);
            debug_assert!(T::is_kind(p.cast::<Header>().as_ref().kind()));
        }
        let r = self.track(ObjRef(p.cast()), bytes);
        // Known when the code is generated: a test for one type only.
        if T::KIND == Kind::Generator {
            self.generators.borrow_mut().push(r);
        }
        r
    }

    /// A str of `len` bytes and `nchars` code points that `fill` writes.
    fn str_with(&self, len: usize, nchars: usize, fill: impl FnOnce(&mut [u8])) -> ObjRef {
        let layout = StrObj::layout(len);
        // SAFETY: a fresh block of the str's layout.
        let p = unsafe { StrObj::init(self.block(layout), len, nchars, fill) };
        self.track(ObjRef(p), layout.size())
    }

    /// A new str (a shared one for a single ASCII character).
    pub fn new_str(&self, text: &str) -> ObjRef {
        if text.len() == 1 && !self.ascii.is_empty() {
            return self.ascii[text.as_bytes()[0] as usize];
        }
        let nchars = crate::object::str::count_chars(text);
        self.str_with(text.len(), nchars, |buf| buf.copy_from_slice(text.as_bytes()))
    }

    /// `str(i)` of an int as a new str (a shared one for a single digit).
    pub fn new_str_of_int(&self, i: i64) -> ObjRef {
        let mut buf = [0; 20];
        let digits = crate::format::int_decimal_ascii(i, &mut buf);
        if digits.len() == 1 && !self.ascii.is_empty() {
            return self.ascii[digits[0] as usize];
        }
        // ASCII: one char per byte, and valid UTF-8 as a str must be.
        self.str_with(digits.len(), digits.len(), |buf| buf.copy_from_slice(digits))
    }

    /// A new str that joins the strs among `parts` (`bytes` and `nchars`
    /// long in all, as the caller summed them), made in one allocation.
    pub fn new_str_joined(&self, parts: &[Value], bytes: usize, nchars: usize) -> ObjRef {
        let text = |v: &Value| v.as_obj().and_then(|r| self.str_obj(r));
        if bytes == 1 {
            let one = parts
                .iter()
                .filter_map(text)
                .find(|p| p.byte_len() == 1)
                .expect("one byte");
            return self.new_str(one.as_str());
        }
        self.str_with(bytes, nchars, |buf| {
            let mut at = 0;
            for part in parts.iter().filter_map(text) {
                at = put_piece(buf, at, part.as_str().as_bytes());
            }
        })
    }

    /// A new str of `x` then `y`, both not empty: their char counts add,
    /// so neither is scanned.
    pub fn new_str_concat(&self, x: &StrObj, y: &StrObj) -> ObjRef {
        let (x, y, nchars) = (x.as_str(), y.as_str(), x.nchars() + y.nchars());
        self.str_with(x.len() + y.len(), nchars, |buf| {
            let (head, tail) = buf.split_at_mut(x.len());
            head.copy_from_slice(x.as_bytes());
            tail.copy_from_slice(y.as_bytes());
        })
    }

    /// `sep.join(items)`, every item a str (checked by the caller, who
    /// also counted the bytes against the limit), in one allocation.
    pub fn new_str_join(&self, sep: &StrObj, items: &[Value]) -> ObjRef {
        let text = |v: &Value| v.as_obj().and_then(|r| self.str_obj(r));
        let (mut len, mut nchars) = (
            sep.byte_len() * items.len().saturating_sub(1),
            sep.nchars() * items.len().saturating_sub(1),
        );
        for s in items.iter().filter_map(text) {
            len += s.byte_len();
            nchars += s.nchars();
        }
        let sep = sep.as_str();
        if len == 1 {
            // One ASCII character: the shared str, as `new_str` gives it.
            let one = items
                .iter()
                .filter_map(text)
                .map(|s| s.as_str())
                .find(|s| !s.is_empty());
            return self.new_str(one.unwrap_or(sep));
        }
        self.str_with(len, nchars, |buf| {
            let mut at = 0;
            for (i, s) in items.iter().filter_map(text).enumerate() {
                if i > 0 {
                    at = put_piece(buf, at, sep.as_bytes());
                }
                at = put_piece(buf, at, s.as_str().as_bytes());
            }
        })
    }

    /// `text.lower()` or `.upper()` of an ASCII text, mapped straight into
    /// the new str (None if the text is not ASCII: the full Unicode mapping
    /// can change lengths).
    pub fn new_str_ascii_case(&self, text: &str, upper: bool) -> Option<ObjRef> {
        if !text.is_ascii() {
            return None;
        }
        let map = if upper {
            u8::to_ascii_uppercase
        } else {
            u8::to_ascii_lowercase
        };
        if text.len() == 1 {
            return Some(self.ascii[map(&text.as_bytes()[0]) as usize]);
        }
        // ASCII in, ASCII out: the bytes stay UTF-8.
        Some(self.str_with(text.len(), text.len(), |buf| {
            for (out, b) in buf.iter_mut().zip(text.as_bytes()) {
                *out = map(b);
            }
        }))
    }

    /// The str of one character (shared for ASCII).
    #[inline]
    pub fn char_str(&self, c: char) -> ObjRef {
        if c.is_ascii() && !self.ascii.is_empty() {
            return self.ascii[c as usize];
        }
        self.new_str(c.encode_utf8(&mut [0; 4]))
    }

    /// The shared `bytes` object for contents of at most one byte.
    #[inline]
    pub fn short_bytes(&self, data: &[u8]) -> Option<ObjRef> {
        match data {
            [] => self.short_bytes.first().copied(),
            [b] => self.short_bytes.get(1 + *b as usize).copied(),
            _ => None,
        }
    }

    /// The one-character ASCII strs by code: a table compiled code indexes
    /// (it never moves: the heap fills it once, when it is made).
    pub fn ascii_table(&self) -> &[ObjRef] {
        &self.ascii
    }

    /// The one str with this text (identifiers, code constants), while it
    /// lives: attribute names compare by identity. Whoever compares by
    /// identity keeps the str alive (a code's names, a shape's names).
    pub fn intern(&self, text: &str) -> ObjRef {
        if let Some(r) = self.interned.borrow().get(text) {
            return *r;
        }
        let nchars = crate::object::str::count_chars(text);
        let r = self.str_with(text.len(), nchars, |buf| buf.copy_from_slice(text.as_bytes()));
        self.interned.borrow_mut().insert(text.into(), r);
        r
    }

    /// The interned name of special method `s`.
    #[inline]
    pub fn special_name(&self, s: Special) -> ObjRef {
        self.specials[s as usize]
    }

    /// The interned str with this text, if there is one.
    pub fn find_interned(&self, text: &str) -> Option<ObjRef> {
        self.interned.borrow().get(text).copied()
    }

    /// Whether `r` is the interned str of its text.
    pub fn is_interned(&self, r: ObjRef) -> bool {
        self.str_obj(r)
            .is_some_and(|s| self.find_interned(s.as_str()) == Some(r))
    }

    pub fn new_tuple(&self, items: &[Value]) -> ObjRef {
        if let (true, Some(empty)) = (items.is_empty(), self.empty_tuple) {
            return empty;
        }
        let layout = TupleObj::layout(items.len());
        // SAFETY: a fresh block of the tuple's layout.
        let p = unsafe { TupleObj::init(self.block(layout), items) };
        self.track(ObjRef(p), layout.size())
    }

    pub fn new_list(&self, items: Vec<Value>) -> ObjRef {
        self.alloc(ListObj::new(items))
    }

    // ---- access -------------------------------------------------------

    #[inline]
    pub fn kind(&self, r: ObjRef) -> Kind {
        r.header().kind()
    }

    /// The object as the struct of its kind.
    ///
    /// # Safety
    /// `r` must be of a kind `T::is_kind` accepts; the borrow of the heap keeps the
    /// object alive (no collection while it lasts).
    #[inline]
    unsafe fn cast<T: Object>(&self, r: ObjRef) -> &T {
        // SAFETY: per the contract, r points at a live T.
        unsafe { r.0.cast::<T>().as_ref() }
    }

    /// # Safety
    /// As `cast`, with the heap borrowed mutably (no other reference into
    /// any object exists).
    #[inline]
    unsafe fn cast_mut<T: Object>(&mut self, r: ObjRef) -> &mut T {
        // SAFETY: per the contract.
        unsafe { r.0.cast::<T>().as_mut() }
    }

    /// A view of any object.
    #[inline]
    pub fn get(&self, r: ObjRef) -> Obj<'_> {
        // SAFETY: each arm casts to the struct of the kind the header says.
        unsafe {
            match self.kind(r) {
                Kind::Str => Obj::Str(StrObj::from_header(r.0)),
                Kind::Tuple => Obj::Tuple(TupleObj::from_header(r.0)),
                Kind::List => Obj::List(self.cast::<ListObj>(r)),
                Kind::Dict => Obj::Dict(self.cast::<DictObj>(r)),
                Kind::Range => Obj::Range(self.cast::<RangeObj>(r)),
                Kind::Function => Obj::Function(self.cast::<FunctionObj>(r)),
                Kind::Cell => Obj::Cell(self.cast::<CellObj>(r)),
                Kind::Module => Obj::Module(self.cast::<ModuleObj>(r)),
                Kind::Native => Obj::Native(&self.cast::<NativeObj>(r).native),
                Kind::HostFunction => Obj::HostFunction(self.cast::<HostFunctionObj>(r)),
                Kind::Type => Obj::Type(self.cast::<TypeObj>(r).kind),
                Kind::BoundMethod => Obj::BoundMethod(self.cast::<BoundMethodObj>(r)),
                Kind::RangeIter => Obj::RangeIter(self.cast::<RangeIterObj>(r)),
                Kind::SeqIter => Obj::SeqIter(self.cast::<SeqIterObj>(r)),
                Kind::StrIter => Obj::StrIter(self.cast::<StrIterObj>(r)),
                Kind::Enumerate => Obj::Enumerate(self.cast::<EnumerateObj>(r)),
                Kind::Zip => Obj::Zip(self.cast::<ZipObj>(r)),
                Kind::Iter => Obj::Iter(self.cast::<IterObj>(r)),
                Kind::DictView => Obj::DictView(self.cast::<DictViewObj>(r)),
                Kind::Typing => Obj::Typing(&self.cast::<TypingBox>(r).hint),
                Kind::Class => Obj::Class(self.cast::<ClassObj>(r)),
                Kind::Instance => Obj::Instance(self.cast::<InstanceObj>(r)),
                Kind::Method => Obj::Method(self.cast::<MethodObj>(r)),
                Kind::Descriptor => Obj::Descriptor(self.cast::<DescriptorObj>(r)),
                Kind::Super => Obj::Super(self.cast::<SuperObj>(r)),
                Kind::Generator | Kind::Coroutine | Kind::AsyncGenerator => {
                    Obj::Generator(self.cast::<GeneratorObj>(r))
                }
                Kind::Set => Obj::Set(self.cast::<SetObj>(r)),
                Kind::BigInt => Obj::BigInt(&self.cast::<BigIntObj>(r).value),
                Kind::Bytes => Obj::Bytes(self.cast::<BytesObj>(r)),
                Kind::Complex => Obj::Complex(self.cast::<ComplexObj>(r)),
                Kind::BigRange => Obj::BigRange(self.cast::<BigRangeObj>(r)),
            }
        }
    }

    /// A mutable view of the kinds that change in place.
    pub fn get_mut(&mut self, r: ObjRef) -> ObjMut<'_> {
        // SAFETY: each arm casts to the struct of the kind the header says.
        unsafe {
            match self.kind(r) {
                Kind::List => ObjMut::List(self.cast_mut::<ListObj>(r)),
                Kind::Dict => ObjMut::Dict(self.cast_mut::<DictObj>(r)),
                Kind::Cell => ObjMut::Cell(self.cast_mut::<CellObj>(r)),
                Kind::RangeIter => ObjMut::RangeIter(self.cast_mut::<RangeIterObj>(r)),
                Kind::SeqIter => ObjMut::SeqIter(self.cast_mut::<SeqIterObj>(r)),
                Kind::StrIter => ObjMut::StrIter(self.cast_mut::<StrIterObj>(r)),
                Kind::Enumerate => ObjMut::Enumerate(self.cast_mut::<EnumerateObj>(r)),
                Kind::Zip => ObjMut::Zip(self.cast_mut::<ZipObj>(r)),
                Kind::Iter => ObjMut::Iter(self.cast_mut::<IterObj>(r)),
                Kind::Function => ObjMut::Function(self.cast_mut::<FunctionObj>(r)),
                Kind::Class => ObjMut::Class(self.cast_mut::<ClassObj>(r)),
                Kind::Instance => ObjMut::Instance(self.cast_mut::<InstanceObj>(r)),
                Kind::Descriptor => ObjMut::Descriptor(self.cast_mut::<DescriptorObj>(r)),
                Kind::Generator | Kind::Coroutine | Kind::AsyncGenerator => {
                    ObjMut::Generator(self.cast_mut::<GeneratorObj>(r))
                }
                Kind::Set => ObjMut::Set(self.cast_mut::<SetObj>(r)),
                Kind::Bytes => ObjMut::Bytes(self.cast_mut::<BytesObj>(r)),
                _ => ObjMut::Other,
            }
        }
    }

    #[inline]
    pub fn str_obj(&self, r: ObjRef) -> Option<&StrObj> {
        // SAFETY: the kind is checked.
        (self.kind(r) == Kind::Str).then(|| unsafe { StrObj::from_header(r.0) })
    }

    #[inline]
    pub fn tuple(&self, r: ObjRef) -> Option<&TupleObj> {
        // SAFETY: the kind is checked.
        (self.kind(r) == Kind::Tuple).then(|| unsafe { TupleObj::from_header(r.0) })
    }

    /// An instance of a script or native class.
    #[inline]
    pub fn instance(&self, r: ObjRef) -> Option<&InstanceObj> {
        // SAFETY: the kind is checked.
        (self.kind(r) == Kind::Instance).then(|| unsafe { self.cast::<InstanceObj>(r) })
    }

    #[inline]
    pub fn list(&self, r: ObjRef) -> Option<&ListObj> {
        // SAFETY: the kind is checked.
        (self.kind(r) == Kind::List).then(|| unsafe { self.cast::<ListObj>(r) })
    }

    #[inline]
    pub fn list_mut(&mut self, r: ObjRef) -> Option<&mut ListObj> {
        if self.kind(r) != Kind::List {
            return None;
        }
        // SAFETY: the kind is checked.
        Some(unsafe { self.cast_mut::<ListObj>(r) })
    }

    /// List `dst`, to change, and the items of `src`, a list or tuple, at
    /// once: slice assignment copies from one straight into the other.
    /// None if `dst` is no list, `src` no list or tuple, or both are the
    /// same object.
    pub fn list_and_items(&mut self, dst: ObjRef, src: ObjRef) -> Option<(&mut ListObj, Items<'_>)> {
        if dst == src || self.kind(dst) != Kind::List || !matches!(self.kind(src), Kind::List | Kind::Tuple) {
            return None;
        }
        // SAFETY: the kinds are checked. `dst` and `src` are different
        // objects, and different objects never overlap (each has its own
        // allocation, as has each list's item buffer), so the `&mut` of
        // one aliases nothing the `&` of the other reaches. Both borrows
        // live no longer than this `&mut self`, so no collection can free
        // either meanwhile.
        unsafe {
            let items = match self.kind(src) {
                Kind::List => src.0.cast::<ListObj>().as_ref().items(),
                _ => Items::Values(TupleObj::from_header(src.0)),
            };
            Some((self.cast_mut::<ListObj>(dst), items))
        }
    }

    /// Changes a list in place, counting what its buffer grew by toward
    /// pacing and the heap limit (the real growth: a buffer that doubles
    /// counts its new capacity once, an append into spare room nothing).
    #[inline]
    pub fn with_list<R>(&mut self, r: ObjRef, f: impl FnOnce(&mut ListObj) -> R) -> Option<R> {
        let l = self.list_mut(r)?;
        let before = l.buffer_bytes();
        let out = f(l);
        let grown = l.buffer_bytes().saturating_sub(before);
        self.note_growth(grown);
        Some(out)
    }

    /// `with_list` for a change that adds `extra` items of storage
    /// `incoming`: a `MemoryError` instead, before anything is allocated,
    /// if the bigger buffer the list would need does not fit the limit.
    #[inline]
    pub fn grow_list<R>(
        &mut self,
        r: ObjRef,
        incoming: Storage,
        extra: usize,
        f: impl FnOnce(&mut ListObj) -> R,
    ) -> OpResult<Option<R>> {
        if let Some(l) = self.list(r) {
            let need = l.growth_for(incoming, extra);
            if need > 0 {
                self.reserve(need)?;
            }
        }
        Ok(self.with_list(r, f))
    }

    /// `list.append`: in place when the buffer has room and the storage
    /// holds the value (no growth to count), else as `grow_list` does it.
    /// `Ok(None)` if `r` is no list.
    #[inline]
    pub fn append(&mut self, r: ObjRef, v: Value) -> OpResult<Option<()>> {
        if self.list_mut(r).is_some_and(|l| l.push_in_place(v)) {
            return Ok(Some(()));
        }
        self.grow_list(r, Storage::of(v), 1, |l| l.push(v))
    }

    /// A bytes or bytearray object.
    #[inline]
    pub fn bytes(&self, r: ObjRef) -> Option<&BytesObj> {
        // SAFETY: the kind is checked.
        (self.kind(r) == Kind::Bytes).then(|| unsafe { self.cast::<BytesObj>(r) })
    }

    /// A bytearray's bytes, to change (None for bytes, which are immutable).
    #[inline]
    pub fn bytearray_mut(&mut self, r: ObjRef) -> Option<&mut Vec<u8>> {
        if self.kind(r) != Kind::Bytes {
            return None;
        }
        // SAFETY: the kind is checked.
        let b = unsafe { self.cast_mut::<BytesObj>(r) };
        b.mutable.then_some(&mut b.data)
    }

    /// The generator, coroutine or asynchronous generator `r` is, if it
    /// is one: a generator's step reads and writes it several times.
    #[inline]
    pub fn generator(&self, r: ObjRef) -> Option<&GeneratorObj> {
        // SAFETY: the kind is checked (the three kinds share the struct).
        GeneratorObj::is_kind(self.kind(r)).then(|| unsafe { self.cast::<GeneratorObj>(r) })
    }

    #[inline]
    pub fn generator_mut(&mut self, r: ObjRef) -> Option<&mut GeneratorObj> {
        if !GeneratorObj::is_kind(self.kind(r)) {
            return None;
        }
        // SAFETY: the kind is checked (the three kinds share the struct).
        Some(unsafe { self.cast_mut::<GeneratorObj>(r) })
    }

    #[inline]
    pub fn set(&self, r: ObjRef) -> Option<&SetObj> {
        // SAFETY: the kind is checked.
        (self.kind(r) == Kind::Set).then(|| unsafe { self.cast::<SetObj>(r) })
    }

    #[inline]
    pub fn set_mut(&mut self, r: ObjRef) -> Option<&mut SetObj> {
        if self.kind(r) != Kind::Set {
            return None;
        }
        // SAFETY: the kind is checked.
        Some(unsafe { self.cast_mut::<SetObj>(r) })
    }

    #[inline]
    pub fn dict(&self, r: ObjRef) -> Option<&DictObj> {
        // SAFETY: the kind is checked.
        (self.kind(r) == Kind::Dict).then(|| unsafe { self.cast::<DictObj>(r) })
    }

    #[inline]
    pub fn dict_mut(&mut self, r: ObjRef) -> Option<&mut DictObj> {
        if self.kind(r) != Kind::Dict {
            return None;
        }
        // SAFETY: the kind is checked.
        Some(unsafe { self.cast_mut::<DictObj>(r) })
    }

    /// A list's or tuple's items.
    #[inline]
    pub fn seq_items(&self, r: ObjRef) -> Option<Items<'_>> {
        match self.get(r) {
            Obj::List(l) => Some(l.items()),
            Obj::Tuple(t) => Some(Items::Values(t)),
            _ => None,
        }
    }

    // ---- limits and pacing --------------------------------------------

    /// Records that an object grew by about `bytes` (a list append), so
    /// collection pacing and the memory limit see it.
    #[inline]
    pub fn note_growth(&self, bytes: usize) {
        self.new_bytes.set(self.new_bytes.get() + bytes);
    }

    /// Checks before a large allocation (sequence repetition, joins) that it
    /// fits under the limit, so `[0] * 10**12` is a MemoryError, not an
    /// attempt to allocate terabytes.
    pub fn reserve(&self, bytes: usize) -> OpResult<()> {
        if self.estimated_bytes().saturating_add(bytes) > self.limit {
            Err(RawError::new(ExcKind::MemoryError, ""))
        } else {
            Ok(())
        }
    }

    /// Counts `bytes` that native code now holds outside any object toward
    /// the limit, after checking that they fit (`unhold` gives them back).
    pub fn hold(&self, bytes: usize) -> OpResult<()> {
        self.reserve(bytes)?;
        self.held.set(self.held.get() + bytes);
        Ok(())
    }

    /// Native code no longer holds `bytes` it counted with `hold`.
    pub fn unhold(&self, bytes: usize) {
        self.held.set(self.held.get().saturating_sub(bytes));
    }

    pub fn over_limit(&self) -> bool {
        self.estimated_bytes() > self.limit
    }

    pub fn set_limit(&mut self, limit: usize) {
        self.limit = limit;
        self.retrigger();
    }

    /// A collection that was due cannot run now: the next is asked for
    /// once as much again has been made (so safe points do not poll on
    /// every tick meanwhile).
    /// Near the heap limit it stays due, so the limit is still checked.
    pub fn postpone_collection(&mut self) {
        let held = self.estimated_bytes();
        let room = self.limit.saturating_sub(held);
        self.trigger = self.new_bytes.get().saturating_add(MIN_GC_BYTES).min(room);
    }

    /// A collection at the next safe point (`gc.collect()`), if anything
    /// was allocated since the last one.
    pub fn request_collection(&mut self) {
        self.trigger = 0;
    }

    fn retrigger(&mut self) {
        let held = self.estimated_bytes();
        self.trigger = MIN_GC_BYTES.max(self.live_bytes).min(self.limit.saturating_sub(held));
    }

    /// True when a safe point should collect.
    #[inline]
    pub fn wants_collection(&self) -> bool {
        let new = self.new_bytes.get();
        new > self.trigger || (self.stress && new > 0)
    }

    pub fn live_objects(&self) -> usize {
        self.objects.borrow().len()
    }

    /// What the heap holds: live objects, what was made since the last
    /// collection, freed small blocks kept for reuse, native code's
    /// buffers (`hold`), and the collector's
    /// own lists: the object list, the generator list and the kept blocks
    /// take a word each, and while the object list grows or a collection
    /// runs (its work list) up to two more per object. Three words are a
    /// twelfth of a small tuple, but they are real memory, and the limit is
    /// on real memory.
    pub fn estimated_bytes(&self) -> usize {
        let objects = self.objects.borrow().capacity();
        let kept: usize = self.kept.borrow().iter().map(Vec::capacity).sum();
        let words = 3 * objects + kept + self.generators.borrow().capacity();
        self.live_bytes
            .saturating_add(self.new_bytes.get())
            .saturating_add(self.kept_bytes.get())
            .saturating_add(self.held.get())
            .saturating_add(words * std::mem::size_of::<ObjRef>())
    }

    /// Folds the current estimated size into the peak.
    pub fn note_peak(&mut self) {
        self.stats.peak_bytes = self.stats.peak_bytes.max(self.estimated_bytes());
    }

    /// The objects, live or awaiting the next collection, that pass
    /// `test`.
    pub fn objects_where(&self, mut test: impl FnMut(Obj) -> bool) -> Vec<ObjRef> {
        self.objects
            .borrow()
            .iter()
            .copied()
            .filter(|&r| test(self.get(r)))
            .collect()
    }

    // ---- collection ---------------------------------------------------

    /// Marks everything reachable from `roots` (and the one-character
    /// strs and the special method names), then frees the rest, and forgets the interned strs it freed. Code objects live outside the heap: each
    /// function marked reports its code to `reached_code`, which adds the
    /// values that code holds (its constants) to the marking the first
    /// time it sees the code.
    pub fn collect(
        &mut self,
        roots: impl IntoIterator<Item = Value>,
        reached_code: impl FnMut(CodeId, &mut Vec<Value>),
    ) {
        self.collect_noting(roots, reached_code, |_, _| {}, |_| {});
    }

    /// `collect`, showing the VM the dead it must know about: each dead
    /// generator (of any kind) to `dead_generator`, with the heap as it is
    /// before anything is freed (its frame's objects can be read), and each
    /// dead instance to `dead_instance` just before it is freed (other dead
    /// objects may be gone by then: the instance alone is shown).
    ///
    /// The sweep frees each dead object where it meets it, so a dead
    /// object's memory is touched once; a separate list of the dead, walked
    /// again, cost 40% more on programs that make many short-lived tuples.
    pub fn collect_noting(
        &mut self,
        roots: impl IntoIterator<Item = Value>,
        mut reached_code: impl FnMut(CodeId, &mut Vec<Value>),
        mut dead_generator: impl FnMut(&Heap, &GeneratorObj),
        mut dead_instance: impl FnMut(&InstanceObj),
    ) {
        let started = std::time::Instant::now();
        self.note_peak();
        let mut work: Vec<ObjRef> = Vec::new();
        let mark = |v: Value, work: &mut Vec<ObjRef>| {
            if let Value::Obj(r) = v {
                let h = r.header();
                if !h.marked() {
                    h.set_mark(true);
                    work.push(r);
                }
            }
        };
        for v in roots {
            mark(v, &mut work);
        }
        for &r in self
            .ascii
            .iter()
            .chain(&self.specials)
            .chain(&self.short_bytes)
            .chain(&self.empty_tuple)
        {
            mark(Value::Obj(r), &mut work);
        }
        let mut code_values = Vec::new();
        while let Some(r) = work.pop() {
            let obj = self.get(r);
            if let Obj::Function(f) = obj {
                reached_code(f.code, &mut code_values);
                for v in code_values.drain(..) {
                    mark(v, &mut work);
                }
            }
            obj.for_each_child(|v| mark(v, &mut work));
        }
        self.interned.get_mut().retain(|_, r| r.header().marked());
        let mut generators = std::mem::take(self.generators.get_mut());
        generators.retain(|&r| {
            if r.header().marked() {
                return true;
            }
            if let Obj::Generator(g) = self.get(r) {
                dead_generator(self, g);
            }
            false
        });
        *self.generators.get_mut() = generators;
        let mut live = 0;
        let mut objects = std::mem::take(self.objects.get_mut());
        objects.retain(|&r| {
            if r.header().marked() {
                r.header().set_mark(false);
                live += self.object_bytes(r);
                return true;
            }
            if let Obj::Instance(i) = self.get(r) {
                dead_instance(i);
            }
            // SAFETY: unmarked means unreachable from every root, so
            // nothing uses r again (the dead reference each other, but no
            // dead object is read after its sweep but this one); it leaves
            // the object list here.
            let (block, layout) = unsafe { drop_object(r) };
            // SAFETY: the block was the object's, made by `block`.
            unsafe { self.release(block, layout) };
            false
        });
        *self.objects.get_mut() = objects;
        self.live_bytes = live;
        self.new_bytes.set(0);
        self.retrigger();
        let pause = started.elapsed().as_secs_f64();
        self.stats.collections += 1;
        self.stats.pause_total += pause;
        self.stats.pause_max = self.stats.pause_max.max(pause);
        if cfg!(debug_assertions) || self.stress {
            if let Err(e) = self.verify() {
                panic!("heap verifier after a collection: {e}");
            }
        }
    }

    /// About how many bytes an object takes, with what it owns.
    fn object_bytes(&self, r: ObjRef) -> usize {
        match self.get(r) {
            Obj::Str(s) => StrObj::layout(s.byte_len()).size(),
            Obj::Tuple(t) => TupleObj::layout(t.len()).size(),
            Obj::List(l) => std::mem::size_of::<ListObj>() + l.owned_bytes(),
            Obj::Dict(d) => std::mem::size_of::<DictObj>() + d.owned_bytes(),
            Obj::Function(f) => std::mem::size_of::<FunctionObj>() + f.owned_bytes(),
            Obj::Module(m) => std::mem::size_of::<ModuleObj>() + m.owned_bytes(),
            Obj::Iter(_) => std::mem::size_of::<IterObj>(),
            Obj::StrIter(_) => std::mem::size_of::<StrIterObj>(),
            Obj::Enumerate(_) => std::mem::size_of::<EnumerateObj>(),
            Obj::Zip(_) => std::mem::size_of::<ZipObj>(),
            Obj::Range(_) => std::mem::size_of::<RangeObj>(),
            Obj::Cell(_) => std::mem::size_of::<CellObj>(),
            Obj::Native(_) => std::mem::size_of::<NativeObj>(),
            Obj::HostFunction(_) => std::mem::size_of::<HostFunctionObj>(),
            Obj::Type(_) => std::mem::size_of::<TypeObj>(),
            Obj::BoundMethod(_) => std::mem::size_of::<BoundMethodObj>(),
            Obj::RangeIter(_) => std::mem::size_of::<RangeIterObj>(),
            Obj::SeqIter(_) => std::mem::size_of::<SeqIterObj>(),
            Obj::DictView(_) => std::mem::size_of::<DictViewObj>(),
            Obj::Typing(_) => std::mem::size_of::<TypingBox>(),
            Obj::Class(c) => std::mem::size_of::<ClassObj>() + c.owned_bytes(),
            Obj::Instance(i) => std::mem::size_of::<InstanceObj>() + i.owned_bytes(),
            Obj::Method(_) => std::mem::size_of::<MethodObj>(),
            Obj::Descriptor(_) => std::mem::size_of::<DescriptorObj>(),
            Obj::Super(_) => std::mem::size_of::<SuperObj>(),
            Obj::Generator(g) => {
                let start = g.face.as_ref().map_or(0, |f| f.start.len());
                std::mem::size_of::<GeneratorObj>() + (g.slots.capacity() + start) * std::mem::size_of::<Value>()
            }
            Obj::Set(s) => std::mem::size_of::<SetObj>() + s.owned_bytes(),
            Obj::BigInt(i) => std::mem::size_of::<BigIntObj>() + crate::object::bigint::digit_bytes(i),
            Obj::Bytes(b) => std::mem::size_of::<BytesObj>() + b.owned_bytes(),
            Obj::Complex(_) => std::mem::size_of::<ComplexObj>(),
            Obj::BigRange(r) => std::mem::size_of::<BigRangeObj>() + r.owned_bytes(),
        }
    }

    /// Checks every object: each reference it holds points at an object
    /// of this heap, and its own fields are consistent (a list's length
    /// within its capacity and storage, a str's counts, a dict's size).
    pub fn verify(&self) -> Result<(), String> {
        let objects = self.objects.borrow();
        let live: HashSet<ObjRef> = objects.iter().copied().collect();
        if live.len() != objects.len() {
            return Err("an object is listed twice".into());
        }
        for &r in objects.iter() {
            let obj = self.get(r);
            let mut bad = None;
            obj.for_each_child(|v| {
                if let Value::Obj(c) = v {
                    if bad.is_none() && !live.contains(&c) {
                        bad = Some(c);
                    }
                }
            });
            if let Some(c) = bad {
                return Err(format!(
                    "{:?} ({:?}) refers to {c:?}, which is not a live object",
                    r,
                    self.kind(r)
                ));
            }
            match obj {
                Obj::List(l) => {
                    let storage = l.storage();
                    if l.len() > l.cap || (storage == Storage::Empty && !l.is_empty()) {
                        return Err(format!("{r:?}: list of {} items in {storage:?} storage", l.len()));
                    }
                }
                Obj::Str(s) => {
                    let n = crate::object::str::count_chars(s.as_str());
                    if n != s.nchars() || s.is_ascii() != (n == s.byte_len()) {
                        return Err(format!("{r:?}: str counts disagree with its text"));
                    }
                }
                Obj::Dict(d) if d.table.iter().count() != d.table.len() => {
                    return Err(format!("{r:?}: dict size disagrees with its entries"));
                }
                Obj::Set(s) if s.table.iter().count() != s.table.len() => {
                    return Err(format!("{r:?}: set size disagrees with its slots"));
                }
                _ => {}
            }
        }
        for r in self.interned.borrow().values() {
            if !live.contains(r) {
                return Err(format!("interned str {r:?} is not a live object"));
            }
        }
        Ok(())
    }
}

/// Drops one object by its kind; returns its block and the layout it was
/// allocated with, for `release`.
///
/// # Safety
/// `r` must be an object of this heap that nothing will use again.
///
/// Inlined into the sweep, its one hot caller: the call's own cost was a
/// third of the function's (2-4% of programs that make many short-lived
/// objects, counted with callgrind).
#[inline(always)]
unsafe fn drop_object(r: ObjRef) -> (NonNull<u8>, Layout) {
    /// Drops a fixed-size object in place.
    ///
    /// # Safety
    /// `p` must point at a live T.
    unsafe fn drop_as<T: Object>(p: NonNull<Header>) -> Layout {
        // SAFETY: per the contract.
        unsafe { std::ptr::drop_in_place(p.cast::<T>().as_ptr()) };
        Layout::new::<T>()
    }
    let p = r.0;
    // SAFETY: per the contract; each kind is dropped as the struct it was
    // made as (strs and tuples own nothing beyond their block).
    let layout = unsafe {
        match p.as_ref().kind() {
            Kind::Str => StrObj::layout(StrObj::stored_len(p)),
            Kind::Tuple => TupleObj::layout(TupleObj::stored_len(p)),
            Kind::List => drop_as::<ListObj>(p),
            Kind::Dict => drop_as::<DictObj>(p),
            Kind::Range => drop_as::<RangeObj>(p),
            Kind::Function => drop_as::<FunctionObj>(p),
            Kind::Cell => drop_as::<CellObj>(p),
            Kind::Module => drop_as::<ModuleObj>(p),
            Kind::Native => drop_as::<NativeObj>(p),
            Kind::HostFunction => drop_as::<HostFunctionObj>(p),
            Kind::Type => drop_as::<TypeObj>(p),
            Kind::BoundMethod => drop_as::<BoundMethodObj>(p),
            Kind::RangeIter => drop_as::<RangeIterObj>(p),
            Kind::SeqIter => drop_as::<SeqIterObj>(p),
            Kind::StrIter => drop_as::<StrIterObj>(p),
            Kind::Enumerate => drop_as::<EnumerateObj>(p),
            Kind::Zip => drop_as::<ZipObj>(p),
            Kind::Iter => drop_as::<IterObj>(p),
            Kind::DictView => drop_as::<DictViewObj>(p),
            Kind::Typing => drop_as::<TypingBox>(p),
            Kind::Class => drop_as::<ClassObj>(p),
            Kind::Instance => drop_as::<InstanceObj>(p),
            Kind::Method => drop_as::<MethodObj>(p),
            Kind::Descriptor => drop_as::<DescriptorObj>(p),
            Kind::Super => drop_as::<SuperObj>(p),
            Kind::Generator | Kind::Coroutine | Kind::AsyncGenerator => drop_as::<GeneratorObj>(p),
            Kind::Set => drop_as::<SetObj>(p),
            Kind::BigInt => drop_as::<BigIntObj>(p),
            Kind::Bytes => drop_as::<BytesObj>(p),
            Kind::Complex => drop_as::<ComplexObj>(p),
            Kind::BigRange => drop_as::<BigRangeObj>(p),
        }
    };
    (p.cast(), layout)
}

impl Drop for Heap {
    fn drop(&mut self) {
        for r in std::mem::take(self.objects.get_mut()) {
            // SAFETY: the heap is going away with everything in it.
            let (block, layout) = unsafe { drop_object(r) };
            let block_layout = block_layout(layout);
            if block_layout.size() > SMALL_MAX {
                // SAFETY: a large block is the allocator's, of this layout.
                unsafe { std::alloc::dealloc(block.as_ptr(), block_layout) };
            }
        }
        let chunk = Layout::from_size_align(CHUNK, GRANULE).expect("the chunk layout");
        for p in self.chunks.get_mut().drain(..) {
            // SAFETY: every object in the chunk was dropped above, and the
            // chunk was allocated with this layout.
            unsafe { std::alloc::dealloc(p.as_ptr(), chunk) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(heap: &Heap, text: &str) -> Value {
        Value::Obj(heap.new_str(text))
    }

    /// Objects live besides the interned strs, short bytes and empty
    /// tuple every heap starts with.
    fn extra(heap: &Heap) -> usize {
        heap.live_objects() - heap.interned.borrow().len() - heap.short_bytes.len() - 1
    }

    #[test]
    fn unreachable_objects_are_freed() {
        let mut heap = Heap::default();
        let a = s(&heap, "ab");
        let _b = s(&heap, "cd");
        heap.collect([a], |_, _| {});
        assert_eq!(extra(&heap), 1);
        assert_eq!(heap.get(a.as_obj().unwrap()).type_kind(), crate::object::TypeKind::Str);
        heap.verify().unwrap();
    }

    #[test]
    fn containers_keep_their_elements_alive_and_cycles_are_collected() {
        let mut heap = Heap::default();
        let x = s(&heap, "xy");
        let list = heap.new_list(vec![x]);
        heap.collect([Value::Obj(list)], |_, _| {});
        assert_eq!(extra(&heap), 2);
        // A list that contains itself, reachable from nothing.
        heap.list_mut(list).unwrap().push(Value::Obj(list));
        heap.verify().unwrap();
        heap.collect([], |_, _| {});
        assert_eq!(extra(&heap), 0);
    }

    #[test]
    fn deep_chains_are_marked_without_recursion() {
        let mut heap = Heap::default();
        let mut v = Value::None;
        for _ in 0..200_000 {
            v = Value::Obj(heap.new_tuple(&[v]));
        }
        heap.collect([v], |_, _| {});
        assert_eq!(extra(&heap), 200_000);
    }

    #[test]
    fn objects_stay_where_they_are() {
        let mut heap = Heap::default();
        let keep = heap.new_list(vec![Value::Int(1)]);
        let before = keep.addr();
        for i in 0..10_000 {
            heap.new_tuple(&[Value::Int(i)]);
        }
        heap.collect([Value::Obj(keep)], |_, _| {});
        assert_eq!(keep.addr(), before);
        assert!(matches!(heap.list(keep).unwrap().get(0), Value::Int(1)));
    }

    #[test]
    fn interned_strs_are_shared_while_they_live() {
        let mut heap = Heap::default();
        let a = heap.intern("name");
        let b = heap.intern("name");
        assert_eq!(a, b);
        assert_eq!(heap.char_str('q'), heap.intern("q"));
        heap.intern("gone");
        heap.collect([Value::Obj(a)], |_, _| {});
        assert_eq!(heap.str_obj(a).unwrap().as_str(), "name");
        assert_eq!(heap.find_interned("name"), Some(a));
        // The one-character strs, the special method names (and the
        // short bytes and the empty tuple) stay without roots; "gone" left
        // the table with its object.
        assert_eq!(heap.str_obj(heap.char_str('q')).unwrap().as_str(), "q");
        assert_eq!(heap.find_interned("__eq__"), Some(heap.special_name(Special::Eq)));
        assert_eq!(heap.find_interned("gone"), None);
        assert_eq!(heap.live_objects(), 129 + Special::COUNT + 257 + 1);
        assert_eq!(heap.new_tuple(&[]), heap.new_tuple(&[]));
        assert_eq!(heap.bytes(heap.short_bytes(b"q").unwrap()).unwrap().data, b"q");
        let again = heap.intern("gone");
        heap.verify().unwrap();
        assert_eq!(heap.str_obj(again).unwrap().as_str(), "gone");
    }

    #[test]
    fn reserve_refuses_what_exceeds_the_limit() {
        let heap = Heap::new(1 << 20);
        assert!(heap.reserve(10).is_ok());
        assert_eq!(heap.reserve(10 << 20).unwrap_err().kind, ExcKind::MemoryError);
    }
}
