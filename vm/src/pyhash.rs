//! CPython's `hash()` for numbers, strs and tuples, so equal numbers hash
//! alike (`hash(1) == hash(1.0) == hash(True)`) and printed hashes match.
//!
//! CPython randomizes str hashes per process unless `PYTHONHASHSEED` is
//! set; Rumba's are what CPython prints with `PYTHONHASHSEED=0` (SipHash-1-3
//! with a zero key), so they are reproducible and checkable.

/// The modulus CPython reduces numeric hashes by: 2**61 - 1.
const MODULUS: u64 = (1 << 61) - 1;
const INF_HASH: i64 = 314_159;

pub fn hash_int(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bool(b: bool) -> i64 {
    b as i64
}

/// CPython 3.11 hashes NaN by object identity; values here have no
/// identity, so every NaN hashes to 0.
pub fn hash_float(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { INF_HASH } else { -INF_HASH };
    }
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    // Take 28 bits of mantissa at a time, reducing mod 2**61 - 1.
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let h = if f < 0.0 { -(x as i64) } else { x as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Splits x > 0 into m * 2**e with 0.5 <= m < 1.
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// CPython 3.11's tuple hash (xxHash-based), from the items' hashes.
pub fn hash_tuple(items: &[i64]) -> i64 {
    let mut h = TupleHasher::new();
    for &item in items {
        h.add(item);
    }
    h.finish(items.len())
}

/// The tuple hash fed one item hash at a time (nested tuples are hashed
/// without recursion by keeping one of these per level).
#[derive(Clone, Copy, Debug)]
pub struct TupleHasher {
    acc: u64,
}

impl Default for TupleHasher {
    fn default() -> Self {
        TupleHasher::new()
    }
}

impl TupleHasher {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;

    pub fn new() -> TupleHasher {
        TupleHasher { acc: Self::P5 }
    }
    pub fn add(&mut self, item_hash: i64) {
        self.acc = self.acc.wrapping_add((item_hash as u64).wrapping_mul(Self::P2));
        self.acc = self.acc.rotate_left(31);
        self.acc = self.acc.wrapping_mul(Self::P1);
    }
    pub fn finish(self, len: usize) -> i64 {
        let acc = self.acc.wrapping_add((len as u64) ^ (Self::P5 ^ 3_527_539));
        if acc == u64::MAX {
            return 1_546_275_796;
        }
        acc as i64
    }
}

/// CPython 3.11's `hash(s)` for a str under `PYTHONHASHSEED=0`: SipHash-1-3
/// with a zero key over the str's internal representation, which stores
/// every character in 1, 2 or 4 bytes (little-endian) depending on the
/// largest one.
pub fn hash_str(text: &str) -> i64 {
    if text.is_empty() {
        return 0;
    }
    let widest = text.chars().map(|c| c as u32).max().unwrap_or(0);
    let h = if widest < 0x80 {
        siphash13(text.as_bytes())
    } else {
        let width = if widest < 0x100 {
            1
        } else if widest < 0x1_0000 {
            2
        } else {
            4
        };
        let mut units = Vec::with_capacity(text.len() * width);
        for c in text.chars() {
            units.extend_from_slice(&(c as u32).to_le_bytes()[..width]);
        }
        siphash13(&units)
    } as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython 3.11's `hash(b)` for bytes under `PYTHONHASHSEED=0`: the same
/// SipHash-1-3 over the bytes themselves (so `hash(b'abc') == hash('abc')`).
pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let h = siphash13(data) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// SipHash-1-3 (one compression round per word, three to finish) with the
/// key (0, 0).
fn siphash13(bytes: &[u8]) -> u64 {
    let mut v = [
        0x736f_6d65_7073_6575u64,
        0x646f_7261_6e64_6f6d,
        0x6c79_6765_6e65_7261,
        0x7465_6462_7974_6573,
    ];
    fn round(v: &mut [u64; 4]) {
        v[0] = v[0].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(13) ^ v[0];
        v[0] = v[0].rotate_left(32);
        v[2] = v[2].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(16) ^ v[2];
        v[0] = v[0].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(21) ^ v[0];
        v[2] = v[2].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(17) ^ v[2];
        v[2] = v[2].rotate_left(32);
    }
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let m = u64::from_le_bytes(w.try_into().expect("8 bytes"));
        v[3] ^= m;
        round(&mut v);
        v[0] ^= m;
    }
    let mut last = (bytes.len() as u64) << 56;
    for (i, b) in words.remainder().iter().enumerate() {
        last |= (*b as u64) << (8 * i);
    }
    v[3] ^= last;
    round(&mut v);
    v[0] ^= last;
    v[2] ^= 0xff;
    round(&mut v);
    round(&mut v);
    round(&mut v);
    v[0] ^ v[1] ^ v[2] ^ v[3]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected values printed by CPython 3.11.
    #[test]
    fn matches_cpython() {
        assert_eq!(hash_int(-1), -2);
        assert_eq!(hash_int(1 << 61), 1);
        assert_eq!(hash_int(i64::MIN), -4);
        assert_eq!(hash_float(1.0), 1);
        assert_eq!(hash_float(0.5), 1_152_921_504_606_846_976);
        assert_eq!(hash_float(-1.5), -1_152_921_504_606_846_977);
        assert_eq!(hash_float(f64::INFINITY), 314_159);
        assert_eq!(hash_float(1e100), 1_822_893_315_824_342_674);
        assert_eq!(hash_float(3.25), 576_460_752_303_423_491);
        assert_eq!(hash_tuple(&[]), 5_740_354_900_026_072_187);
        assert_eq!(hash_tuple(&[1, 2]), -3_550_055_125_485_641_917);
    }

    /// Printed by `PYTHONHASHSEED=0 python3.11 -c "print(hash(s))"`: ASCII,
    /// Latin-1, two-byte and four-byte representations, short and long.
    #[test]
    fn str_hashes_match_cpython_with_seed_zero() {
        assert_eq!(hash_str(""), 0);
        assert_eq!(hash_str("a"), 4_644_417_185_603_328_019);
        assert_eq!(hash_str("ab"), 6_148_830_537_548_944_441);
        assert_eq!(hash_str("abcdefgh"), 4_574_395_652_268_504_554);
        assert_eq!(hash_str("abcdefghi"), -532_774_252_720_507_163);
        assert_eq!(hash_str("h\u{e9}llo"), 6_395_329_678_795_984_700);
        assert_eq!(hash_str("\u{20ac}uro"), 7_542_247_858_446_192_590);
        assert_eq!(hash_str("\u{1d11e}x"), -5_730_075_756_551_495_666);
        assert_eq!(hash_str("hello world, this is long"), 7_650_859_633_215_404_784);
    }
}
