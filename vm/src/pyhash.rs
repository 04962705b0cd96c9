//! CPython's `hash()` for numbers and tuples, so equal numbers hash alike
//! (`hash(1) == hash(1.0) == hash(True)`) and printed hashes match.

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
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc: u64 = P5;
    for &h in items {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
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
}
