//! The `random` module: `random.Random`, a native class around the
//! Mersenne Twister (`random/mt.rs`), seeded as CPython seeds it, and the
//! module's functions, which are the bound methods of one hidden instance
//! (as in CPython). Each method draws the same words CPython's does, in
//! the same order (`_randbelow` by rejection from `getrandbits`, `choices`
//! and `shuffle` as CPython 3.11 writes them), so a seed gives the same
//! results.
//!
//! The generator's 624 words and its position live in an int list in the
//! instance's state, where the collector sees them; a draw reads a word
//! and moves the position, and every 624 draws the whole state is loaded,
//! twisted and stored back.

mod mt;

use dashu_int::ops::BitTest;
use dashu_int::IBig;

use crate::builtins::args;
use crate::error::{ExcKind, PyError, RawError};
use crate::heap::ObjRef;
use crate::native::{KwArg, NativeFnPtr, NativeResult};
use crate::object::Obj;
use crate::value::Value;
use crate::vm::Vm;

use super::native_class::{field, init_state, make_class, receiver, set_field, state};
use mt::{Mt19937, N};

const TP_NAME: &str = "random.Random";

/// The methods, which are also the module's functions.
const METHODS: &[(&str, NativeFnPtr)] = &[
    ("seed", seed),
    ("random", random),
    ("getrandbits", getrandbits),
    ("randbytes", randbytes),
    ("randrange", randrange),
    ("randint", randint),
    ("choice", choice),
    ("choices", choices),
    ("shuffle", shuffle),
    ("sample", sample),
    ("uniform", uniform),
    ("triangular", triangular),
    ("gauss", gauss),
    ("normalvariate", normalvariate),
    ("expovariate", expovariate),
];

pub(super) fn attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let mut methods: Vec<(&'static str, NativeFnPtr)> = vec![("__init__", init)];
    methods.extend_from_slice(METHODS);
    let class = make_class(vm, TP_NAME, &methods, &[]);
    // A Python class in CPython (over `_random.Random`): scripts may
    // change it.
    super::native_class::set_immutable(vm, class, false);
    let hidden = vm.call_value(class, &[]).expect("Random() without a seed");
    vm.temp_roots.push(hidden);
    let mut attrs = vec![("Random", class), ("_inst", hidden)];
    for &(name, _) in METHODS {
        let bound = vm.get_attr(hidden, name).expect("a method of Random");
        attrs.push((name, bound));
    }
    vm.temp_roots.pop();
    attrs
}

// ---- the generator in the state -------------------------------------------

// The fields of a Random's state.
/// An int list: the 624 words, then the position of the next.
const WORDS: usize = 0;
/// The second value of the last `gauss` pair, or None.
const GAUSS_NEXT: usize = 1;

fn words_list(vm: &Vm, st: ObjRef) -> ObjRef {
    field(vm, st, WORDS).as_obj().expect("an int list")
}

fn load(vm: &Vm, list: ObjRef) -> Mt19937 {
    let mut g = Mt19937 {
        words: [0; N],
        index: N,
    };
    if let Some(l) = vm.heap.list(list) {
        for (i, w) in g.words.iter_mut().enumerate() {
            *w = l.get(i).as_index().unwrap_or(0) as u32;
        }
        g.index = l.get(N).as_index().unwrap_or(N as i64) as usize;
    }
    g
}

fn store(vm: &mut Vm, list: ObjRef, g: &Mt19937) {
    let mut values: Vec<Value> = g.words.iter().map(|&w| Value::Int(w as i64)).collect();
    values.push(Value::Int(g.index as i64));
    vm.heap.with_list(list, |l| l.replace(values));
}

/// The next 32-bit output of the instance's generator.
fn next_u32(vm: &mut Vm, st: ObjRef) -> u32 {
    let list = words_list(vm, st);
    let at = |vm: &Vm, i: usize| vm.heap.list(list).map_or(0, |l| l.get(i).as_index().unwrap_or(0));
    let mut index = at(vm, N) as usize;
    if index >= N {
        let mut g = load(vm, list);
        g.twist();
        store(vm, list, &g);
        index = 0;
    }
    let word = at(vm, index) as u32;
    vm.heap.with_list(list, |l| l.set(N, Value::Int(index as i64 + 1)));
    mt::temper(word)
}

fn next_f64(vm: &mut Vm, st: ObjRef) -> f64 {
    let a = (next_u32(vm, st) >> 5) as f64;
    let b = (next_u32(vm, st) >> 6) as f64;
    (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
}

/// `getrandbits(k)` for k up to 63 (ints are 64-bit): 32-bit words, the
/// first the least significant, the last cut to the bits left.
fn random_bits(vm: &mut Vm, st: ObjRef, k: u32) -> u64 {
    if k == 0 {
        return 0;
    }
    if k <= 32 {
        return (next_u32(vm, st) >> (32 - k)) as u64;
    }
    let low = next_u32(vm, st) as u64;
    let high = (next_u32(vm, st) >> (64 - k)) as u64;
    low | (high << 32)
}

/// CPython's `_randbelow`: a number in [0, n) by drawing `n.bit_length()`
/// bits until one is below n.
fn below(vm: &mut Vm, st: ObjRef, n: u64) -> Result<u64, PyError> {
    if n == 0 {
        return Ok(0);
    }
    let k = 64 - n.leading_zeros();
    loop {
        let r = random_bits(vm, st, k);
        if r < n {
            return Ok(r);
        }
        vm.charge(crate::limits::ITEM_TICKS)?;
    }
}

// ---- seeding -----------------------------------------------------------------

/// The key words of a non-negative number given as big-endian bytes: its
/// 32-bit words, least significant first (one zero word for zero).
fn key_of_bytes(bytes: &[u8]) -> Vec<u32> {
    let significant: Vec<u8> = bytes.iter().copied().skip_while(|&b| b == 0).collect();
    let mut key: Vec<u32> = significant
        .rchunks(4)
        .map(|chunk| chunk.iter().fold(0u32, |acc, &b| (acc << 8) | b as u32))
        .collect();
    if key.is_empty() {
        key.push(0);
    }
    key
}

/// Seeds from the clock and the hash keys the process drew from the
/// operating system (CPython reads the system's random source).
fn os_key() -> Vec<u32> {
    use std::hash::{BuildHasher, Hasher};
    let mut key = Vec::with_capacity(8);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
        .as_nanos();
    for i in 0..4u64 {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(now);
        h.write_u64(i);
        let v = h.finish();
        key.push(v as u32);
        key.push((v >> 32) as u32);
    }
    key
}

/// The key `seed(a)` gives the generator.
fn seed_key(vm: &mut Vm, a: Value) -> Result<Vec<u32>, PyError> {
    let n = match a {
        Value::None => return Ok(os_key()),
        Value::Int(n) => n.unsigned_abs(),
        Value::Bool(b) => b as u64,
        // Any other number seeds by its hash, taken as unsigned (CPython's
        // `(size_t)hash`).
        Value::Float(_) => vm.hash_value(a)? as u64,
        _ => match vm.as_str(a) {
            // Version 2: the text's UTF-8 bytes and their SHA-512 digest,
            // read as one big-endian number.
            Some(text) => {
                let mut bytes = text.as_bytes().to_vec();
                bytes.extend_from_slice(&super::hashlib::sha512::sha512(text.as_bytes()));
                return Ok(key_of_bytes(&bytes));
            }
            None => {
                return Err(RawError::type_error(
                    "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
                )
                .into())
            }
        },
    };
    Ok(key_of_bytes(&n.to_be_bytes()))
}

fn reseed(vm: &mut Vm, st: ObjRef, a: Value) -> Result<(), PyError> {
    let key = seed_key(vm, a)?;
    let g = Mt19937::from_key(&key);
    let list = words_list(vm, st);
    store(vm, list, &g);
    set_field(vm, st, GAUSS_NEXT, Value::None);
    Ok(())
}

fn init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (this, rest) = args.split_first().map_or((Value::None, &[][..]), |(t, r)| (*t, r));
    args::no_kwargs("Random", kwargs)?;
    if rest.len() > 1 {
        return Err(RawError::type_error(format!("Random() expected at most 1 argument, got {}", rest.len())).into());
    }
    let words = vm.new_list(vec![Value::Int(0); N + 1]);
    init_state(vm, this, TP_NAME, vec![words, Value::None])?;
    let st = state(vm, this, TP_NAME)?;
    reseed(vm, st, rest.first().copied().unwrap_or(Value::None))?;
    Ok(Value::None)
}

fn seed(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (st, rest) = receiver(vm, args, TP_NAME)?;
    let [a, _version] = args::bind("seed", rest, kwargs, ["a", "version"])?;
    reseed(vm, st, a.unwrap_or(Value::None))?;
    Ok(Value::None)
}

// ---- the methods -------------------------------------------------------------------

/// `Random.NAME() missing 1 required positional argument: 'x'` and the
/// like, for the methods written in Python in CPython.
fn python_args<const K: usize>(
    name: &str,
    args: &[Value],
    kwargs: &[KwArg],
    names: [&str; K],
    required: usize,
) -> Result<[Option<Value>; K], PyError> {
    let fname = format!("Random.{name}");
    if args.len() > K {
        return Err(RawError::type_error(format!(
            "{fname}() takes from {} to {} positional arguments but {} were given",
            required + 1,
            K + 1,
            args.len() + 1
        ))
        .into());
    }
    let mut slots = [None; K];
    for (slot, &v) in slots.iter_mut().zip(args) {
        *slot = Some(v);
    }
    for kw in kwargs {
        match names.iter().position(|n| **n == *kw.name) {
            Some(i) if slots[i].is_some() => {
                return Err(
                    RawError::type_error(format!("{fname}() got multiple values for argument '{}'", kw.name)).into(),
                )
            }
            Some(i) => slots[i] = Some(kw.value),
            None => {
                return Err(
                    RawError::type_error(format!("{fname}() got an unexpected keyword argument '{}'", kw.name)).into(),
                )
            }
        }
    }
    let missing: Vec<&str> = names[..required]
        .iter()
        .zip(&slots)
        .filter(|(_, s)| s.is_none())
        .map(|(n, _)| *n)
        .collect();
    if !missing.is_empty() {
        return Err(crate::call::missing_arguments(&fname, &missing, "positional").into());
    }
    Ok(slots)
}

fn float_arg(vm: &Vm, v: Value) -> Result<f64, PyError> {
    v.as_f64()
        .ok_or_else(|| RawError::type_error(format!("must be real number, not {}", vm.type_name(v))).into())
}

fn random(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (st, rest) = receiver(vm, args, TP_NAME)?;
    args::no_args("Random.random", rest, kwargs)?;
    Ok(Value::Float(next_f64(vm, st)))
}

fn getrandbits(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (st, rest) = receiver(vm, args, TP_NAME)?;
    let k = args::exactly_one("getrandbits", rest, kwargs)?;
    let k = args::index_arg(vm, k)?;
    if k < 0 {
        return Err(args::error(ExcKind::ValueError, "number of bits must be non-negative"));
    }
    if k <= 63 {
        return Ok(Value::Int(random_bits(vm, st, k as u32) as i64));
    }
    let r = bits_big(vm, st, k as u64)?;
    Ok(vm.int_value(r))
}

/// `randbytes(n)`: the bytes of `getrandbits(8 * n)`, little end first.
fn randbytes(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (st, rest) = receiver(vm, args, TP_NAME)?;
    let n = args::exactly_one("randbytes", rest, kwargs)?;
    let n = args::index_arg(vm, n)?;
    if n < 0 {
        return Err(args::error(ExcKind::ValueError, "number of bits must be non-negative"));
    }
    let n = n as usize;
    vm.room_for_bytes(n)?;
    let mut out = Vec::with_capacity(n);
    let mut left = n * 8;
    while left > 0 {
        let mut r = next_u32(vm, st);
        if left < 32 {
            r >>= 32 - left;
        }
        let take = left.min(32) / 8;
        out.extend_from_slice(&r.to_le_bytes()[..take]);
        left = left.saturating_sub(32);
    }
    Ok(vm.new_bytes(out, false))
}

/// `getrandbits(k)` for any k, in CPython's order: 32-bit draws from the
/// lowest word up, the last one shifted down to the bits left.
fn bits_big(vm: &mut Vm, st: ObjRef, k: u64) -> Result<IBig, PyError> {
    let words = k.div_ceil(64) as usize;
    vm.big_room(words, k / 32)?;
    let mut digits = vec![0u64; words];
    let mut left = k;
    let mut at = 0;
    while left > 0 {
        let mut r = next_u32(vm, st) as u64;
        if left < 32 {
            r >>= 32 - left;
        }
        digits[at / 2] |= r << (32 * (at % 2));
        left = left.saturating_sub(32);
        at += 1;
    }
    Ok(IBig::from(dashu_int::UBig::from_words(&digits)))
}

/// An int argument of `randrange`: an int, or a float with an integral
/// value (CPython warns that this goes away), else `non-integer arg N`.
fn range_arg(vm: &Vm, v: Value, which: &str) -> Result<IBig, PyError> {
    if let Some(i) = vm.int_operand(v) {
        return Ok(i.into_owned());
    }
    match v {
        Value::Float(f) if f.is_finite() && f.fract() == 0.0 => {
            let i = vm.int_of_float(f)?;
            Ok(vm.int_operand(i).map(|i| i.into_owned()).unwrap_or_default())
        }
        Value::Float(_) => Err(args::error(
            ExcKind::ValueError,
            format!("non-integer {which} for randrange()"),
        )),
        _ => Err(args::not_an_integer(vm, v)),
    }
}

/// `randrange(start, stop=None, step=1)`, CPython 3.11's steps and
/// messages.
fn randrange_of(vm: &mut Vm, st: ObjRef, start: Value, stop: Value, step: Option<Value>) -> NativeResult {
    let istart = range_arg(vm, start, "arg 1")?;
    if stop.is_none() {
        if step.is_some_and(|s| s.as_index() != Some(1)) {
            return Err(RawError::type_error("Missing a non-None stop argument").into());
        }
        if istart > IBig::ZERO {
            let r = below_big(vm, st, &istart)?;
            return Ok(vm.int_value(r));
        }
        return Err(args::error(ExcKind::ValueError, "empty range for randrange()"));
    }
    let istop = range_arg(vm, stop, "stop")?;
    let width = &istop - &istart;
    let istep = match step {
        Some(s) => range_arg(vm, s, "step")?,
        None => IBig::ONE,
    };
    if istep == IBig::ONE {
        if width > IBig::ZERO {
            let r = below_big(vm, st, &width)?;
            return Ok(vm.int_value(istart + r));
        }
        return Err(args::error(
            ExcKind::ValueError,
            format!("empty range for randrange() ({istart}, {istop}, {width})"),
        ));
    }
    let n = if istep == IBig::ZERO {
        return Err(args::error(ExcKind::ValueError, "zero step for randrange()"));
    } else if istep > IBig::ZERO {
        crate::ops::bigarith::floor_divmod(&(&width + &istep - IBig::ONE), &istep).0
    } else {
        crate::ops::bigarith::floor_divmod(&(&width + &istep + IBig::ONE), &istep).0
    };
    if n <= IBig::ZERO {
        return Err(args::error(ExcKind::ValueError, "empty range for randrange()"));
    }
    let r = below_big(vm, st, &n)?;
    Ok(vm.int_value(istart + istep * r))
}

/// `_randbelow` for any positive n: machine words while n fits in 64 bits
/// (the same draws), `getrandbits` of n's length past that.
fn below_big(vm: &mut Vm, st: ObjRef, n: &IBig) -> Result<IBig, PyError> {
    if let Ok(small) = u64::try_from(n) {
        return Ok(IBig::from(below(vm, st, small)?));
    }
    let k = n.bit_len();
    loop {
        let r = bits_big(vm, st, k as u64)?;
        if &r < n {
            return Ok(r);
        }
        vm.charge(crate::limits::ITEM_TICKS)?;
    }
}

fn randrange(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (st, rest) = receiver(vm, args, TP_NAME)?;
    let [start, stop, step] = python_args("randrange", rest, kwargs, ["start", "stop", "step"], 1)?;
    randrange_of(vm, st, start.expect("required"), stop.unwrap_or(Value::None), step)
}

fn randint(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (st, rest) = receiver(vm, args, TP_NAME)?;
    let [a, b] = python_args("randint", rest, kwargs, ["a", "b"], 2)?;
    let b = range_arg(vm, b.expect("required"), "stop")?;
    let stop = vm.int_value(b + IBig::ONE);
    randrange_of(vm, st, a.expect("required"), stop, None)
}

/// The length of a sequence argument (`len()`, calling `__len__`).
fn length(vm: &mut Vm, v: Value) -> Result<i64, PyError> {
    match vm.instance_len(v)? {
        Some(n) => Ok(n),
        None => Ok(vm.len_of(v)?),
    }
}

fn choice(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (st, rest) = receiver(vm, args, TP_NAME)?;
    let [seq] = python_args("choice", rest, kwargs, ["seq"], 1)?;
    let seq = seq.expect("required");
    let n = length(vm, seq)?;
    if n == 0 {
        return Err(args::error(ExcKind::IndexError, "Cannot choose from an empty sequence"));
    }
    let i = below(vm, st, n as u64)?;
    vm.get_item(seq, Value::Int(i as i64))
}

fn shuffle(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (st, rest) = receiver(vm, args, TP_NAME)?;
    let [x] = python_args("shuffle", rest, kwargs, ["x"], 1)?;
    let x = x.expect("required");
    let n = length(vm, x)?;
    for i in (1..n).rev() {
        let j = below(vm, st, i as u64 + 1)? as i64;
        let (a, b) = (vm.get_item(x, Value::Int(i))?, vm.get_item(x, Value::Int(j))?);
        vm.set_item(x, Value::Int(i), b)?;
        vm.set_item(x, Value::Int(j), a)?;
    }
    Ok(Value::None)
}

/// Whether a value can be sampled as a sequence (CPython asks
/// `isinstance(population, Sequence)`).
fn is_sequence(vm: &Vm, v: Value) -> bool {
    match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Range(_)) => true,
        Some(Obj::Instance(_)) => vm.stands_for(v, crate::object::TypeKind::Tuple),
        _ => false,
    }
}

fn sample(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (st, rest) = receiver(vm, args, TP_NAME)?;
    let [population, k, counts] = python_args("sample", rest, kwargs, ["population", "k", "counts"], 2)?;
    let population = population.expect("required");
    if counts.is_some_and(|c| !c.is_none()) {
        return Err(args::error(
            ExcKind::NotImplementedError,
            "'counts' of random.sample() is not supported by Rumba",
        ));
    }
    if !is_sequence(vm, population) {
        return Err(RawError::type_error("Population must be a sequence.  For dicts or sets, use sorted(d).").into());
    }
    let n = length(vm, population)?;
    let k = args::index_arg(vm, k.expect("required"))?;
    if k < 0 || k > n {
        return Err(args::error(
            ExcKind::ValueError,
            "Sample larger than population or is negative",
        ));
    }
    // CPython picks from a copy of the pool when the population is small
    // next to k, else by rejecting repeated indices.
    let mut setsize = 21i64;
    if k > 5 {
        let exponent = (((k * 3) as f64).ln() / 4f64.ln()).ceil() as u32;
        setsize += 4i64.saturating_pow(exponent);
    }
    vm.heap
        .reserve((k as usize).saturating_mul(std::mem::size_of::<Value>()))?;
    let mut result = Vec::with_capacity(k as usize);
    if n <= setsize {
        let mut pool = vm.collect_iterable(population)?;
        for i in 0..k {
            let j = below(vm, st, (n - i) as u64)? as usize;
            result.push(pool[j]);
            pool[j] = pool[(n - i - 1) as usize];
        }
    } else {
        let mut selected = std::collections::HashSet::new();
        for _ in 0..k {
            let mut j = below(vm, st, n as u64)?;
            while selected.contains(&j) {
                j = below(vm, st, n as u64)?;
            }
            selected.insert(j);
            let item = args::with_roots(vm, &result, |vm| vm.get_item(population, Value::Int(j as i64)))?;
            result.push(item);
        }
    }
    Ok(vm.new_list(result))
}

fn choices(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (st, rest) = receiver(vm, args, TP_NAME)?;
    if rest.len() > 2 {
        return Err(RawError::type_error(format!(
            "Random.choices() takes from 2 to 3 positional arguments but {} were given",
            rest.len() + 1
        ))
        .into());
    }
    let [population, weights, cum_weights, k] = python_args(
        "choices",
        rest,
        kwargs,
        ["population", "weights", "cum_weights", "k"],
        1,
    )?;
    let population = population.expect("required");
    let n = length(vm, population)?;
    let k = match k {
        Some(v) => args::index_arg(vm, v)?.max(0),
        None => 1,
    };
    let weights = weights.filter(|w| !w.is_none());
    let cum_weights = cum_weights.filter(|w| !w.is_none());
    vm.heap
        .reserve((k as usize).saturating_mul(std::mem::size_of::<Value>()))?;
    let mut out = Vec::new();
    let cum: Vec<f64> = match (weights, cum_weights) {
        (None, None) => {
            let nf = n as f64;
            for _ in 0..k {
                let i = (next_f64(vm, st) * nf).floor() as i64;
                let item = args::with_roots(vm, &out, |vm| vm.get_item(population, Value::Int(i)))?;
                out.push(item);
            }
            return Ok(vm.new_list(out));
        }
        (Some(w), None) => {
            if let Some(count) = w.as_index() {
                return Err(RawError::type_error(format!(
                    "The number of choices must be a keyword argument: k={count}"
                ))
                .into());
            }
            let mut total = 0.0;
            let mut cum = Vec::new();
            for v in vm.collect_iterable(w)? {
                total += float_arg(vm, v)?;
                cum.push(total);
            }
            cum
        }
        (None, Some(c)) => {
            let mut cum = Vec::new();
            for v in vm.collect_iterable(c)? {
                cum.push(float_arg(vm, v)?);
            }
            cum
        }
        (Some(_), Some(_)) => {
            return Err(RawError::type_error("Cannot specify both weights and cumulative weights").into())
        }
    };
    if cum.len() as i64 != n {
        return Err(args::error(
            ExcKind::ValueError,
            "The number of weights does not match the population",
        ));
    }
    let total = cum.last().copied().unwrap_or(0.0);
    if total <= 0.0 {
        return Err(args::error(
            ExcKind::ValueError,
            "Total of weights must be greater than zero",
        ));
    }
    if !total.is_finite() {
        return Err(args::error(ExcKind::ValueError, "Total of weights must be finite"));
    }
    let hi = n as usize - 1;
    for _ in 0..k {
        let x = next_f64(vm, st) * total;
        // bisect_right(cum, x, 0, hi)
        let (mut lo, mut top) = (0usize, hi);
        while lo < top {
            let mid = (lo + top) / 2;
            if x < cum[mid] {
                top = mid;
            } else {
                lo = mid + 1;
            }
        }
        let item = args::with_roots(vm, &out, |vm| vm.get_item(population, Value::Int(lo as i64)))?;
        out.push(item);
    }
    Ok(vm.new_list(out))
}

fn uniform(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (st, rest) = receiver(vm, args, TP_NAME)?;
    let [a, b] = python_args("uniform", rest, kwargs, ["a", "b"], 2)?;
    let (a, b) = (
        float_arg(vm, a.expect("required"))?,
        float_arg(vm, b.expect("required"))?,
    );
    Ok(Value::Float(a + (b - a) * next_f64(vm, st)))
}

fn triangular(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (st, rest) = receiver(vm, args, TP_NAME)?;
    let [low, high, mode] = python_args("triangular", rest, kwargs, ["low", "high", "mode"], 0)?;
    let mut low = low.map_or(Ok(0.0), |v| float_arg(vm, v))?;
    let mut high = high.map_or(Ok(1.0), |v| float_arg(vm, v))?;
    let mut u = next_f64(vm, st);
    let mut c = match mode.filter(|m| !m.is_none()) {
        None => 0.5,
        Some(m) => {
            if high == low {
                return Ok(Value::Float(low));
            }
            (float_arg(vm, m)? - low) / (high - low)
        }
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    Ok(Value::Float(low + (high - low) * (u * c).sqrt()))
}

fn gauss(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (st, rest) = receiver(vm, args, TP_NAME)?;
    let [mu, sigma] = python_args("gauss", rest, kwargs, ["mu", "sigma"], 0)?;
    let mu = mu.map_or(Ok(0.0), |v| float_arg(vm, v))?;
    let sigma = sigma.map_or(Ok(1.0), |v| float_arg(vm, v))?;
    let z = match field(vm, st, GAUSS_NEXT) {
        Value::Float(z) => {
            set_field(vm, st, GAUSS_NEXT, Value::None);
            z
        }
        _ => {
            let x2pi = next_f64(vm, st) * std::f64::consts::TAU;
            let g2rad = (-2.0 * (1.0 - next_f64(vm, st)).ln()).sqrt();
            set_field(vm, st, GAUSS_NEXT, Value::Float(x2pi.sin() * g2rad));
            x2pi.cos() * g2rad
        }
    };
    Ok(Value::Float(mu + z * sigma))
}

fn normalvariate(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (st, rest) = receiver(vm, args, TP_NAME)?;
    let [mu, sigma] = python_args("normalvariate", rest, kwargs, ["mu", "sigma"], 0)?;
    let mu = mu.map_or(Ok(0.0), |v| float_arg(vm, v))?;
    let sigma = sigma.map_or(Ok(1.0), |v| float_arg(vm, v))?;
    // Kinderman and Monahan's ratio method, as CPython.
    let magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
    loop {
        let u1 = next_f64(vm, st);
        let u2 = 1.0 - next_f64(vm, st);
        let z = magic * (u1 - 0.5) / u2;
        if z * z / 4.0 <= -u2.ln() {
            return Ok(Value::Float(mu + z * sigma));
        }
        vm.charge(crate::limits::ITEM_TICKS)?;
    }
}

fn expovariate(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (st, rest) = receiver(vm, args, TP_NAME)?;
    let [lambd] = python_args("expovariate", rest, kwargs, ["lambd"], 1)?;
    let lambd = float_arg(vm, lambd.expect("required"))?;
    let u = next_f64(vm, st);
    if lambd == 0.0 {
        return Err(args::error(ExcKind::ZeroDivisionError, "float division by zero"));
    }
    Ok(Value::Float(-(1.0 - u).ln() / lambd))
}
